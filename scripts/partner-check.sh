#!/usr/bin/env bash
# Partner check: loads the committed JSON Schemas with the tools partner systems use, as they
# would, and fails if any tool rejects them.
#
#   scripts/partner-check.sh SCRATCH_DIR
#
# SCRATCH_DIR is a folder OUTSIDE the repository where the tools are installed (a Python venv
# and an npm project) and the generated code is written; it is created if missing and reused
# on later runs. Needs python3 (3.10+), node (18+) and npm, and access to the PyPI and npm
# registries. Not run by CI: it downloads tools.
#
# What it checks, on schema/inspection.schema.json (Draft 2020-12),
# schema/inspection.draft-07.schema.json and schema/inspection.openapi-3.0.json, with
# tests/fixtures/schema/minimal.json and schema/examples/xuchang_2025.json as sample documents
# (or the document named by the SAMPLE environment variable):
#
# 1. Python jsonschema: check_schema (2020-12 and Draft-07), then validate the sample with
#    FormatChecker, and refuse a sample with an unknown field.
# 2. datamodel-code-generator: pydantic v2 models from the 2020-12 schema; the sample loads.
# 3. ajv + ajv-formats: Ajv2020 with `strict: true` (2020-12) and the classic Ajv with
#    `strict: true` (Draft-07) compile the schema and accept the sample.
# 4. json-schema-to-typescript: TypeScript types from the 2020-12 schema; `tsc --noEmit`
#    type-checks them with the sample assigned to the root type.
# 5. openapi-spec-validator: the OpenAPI 3.0 document is a valid OpenAPI 3.0 document.
#
# Prints each tool's version and verdict; exits non-zero on the first failure.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$1"
scratch="$(cd "$1" && pwd)"
case "$scratch/" in
    "$repo"/*) echo "error: SCRATCH_DIR must be outside the repository ($repo)" >&2; exit 2 ;;
esac

schema_2020="$repo/schema/inspection.schema.json"
schema_07="$repo/schema/inspection.draft-07.schema.json"
openapi="$repo/schema/inspection.openapi-3.0.json"
# The sample document: by default the script runs once with the minimal fixture and once with
# the encoded reference notice; set SAMPLE to check one document of your own.
if [[ -z "${SAMPLE:-}" ]]; then
    for sample in "$repo/tests/fixtures/schema/minimal.json" "$repo/schema/examples/xuchang_2025.json"; do
        printf '\n#### sample %s\n' "${sample#"$repo"/}"
        SAMPLE="$sample" "$0" "$scratch"
    done
    exit 0
fi
sample="$SAMPLE"

step() { printf '\n== %s\n' "$*"; }

step "installing Python tools into $scratch/venv"
if [[ ! -x "$scratch/venv/bin/python" ]]; then
    python3 -m venv "$scratch/venv"
fi
py="$scratch/venv/bin/python"
"$py" -m pip install --quiet --upgrade pip
"$py" -m pip install --quiet "jsonschema[format-nongpl]" datamodel-code-generator pydantic openapi-spec-validator

step "installing npm tools into $scratch/node"
mkdir -p "$scratch/node"
(
    cd "$scratch/node"
    [[ -f package.json ]] || npm init --yes >/dev/null
    npm install --silent --no-audit --no-fund ajv ajv-formats json-schema-to-typescript typescript
)

step "Python jsonschema"
"$py" - "$schema_2020" "$schema_07" "$sample" <<'PY'
import copy, json, sys
from importlib.metadata import version
import jsonschema
from jsonschema import Draft202012Validator, Draft7Validator, FormatChecker

print("jsonschema", version("jsonschema"))
sample = json.load(open(sys.argv[3]))
for path, cls in ((sys.argv[1], Draft202012Validator), (sys.argv[2], Draft7Validator)):
    schema = json.load(open(path))
    cls.check_schema(schema)
    validator = cls(schema, format_checker=FormatChecker())
    validator.validate(sample)
    bad = copy.deepcopy(sample)
    bad["sections"][0]["findings"][0]["colour"] = "red"
    assert not validator.is_valid(bad), "an unknown field is accepted"
    bad = copy.deepcopy(sample)
    bad["published"] = "2025-02-30"
    assert not validator.is_valid(bad), "a date not in the calendar is accepted"
    print(f"OK {cls.__name__}: schema valid, sample valid with FormatChecker, bad samples refused")
PY

step "datamodel-code-generator (pydantic v2)"
"$scratch/venv/bin/datamodel-codegen" --version | sed 's/^/datamodel-code-generator /'
"$scratch/venv/bin/datamodel-codegen" \
    --input "$schema_2020" --input-file-type jsonschema \
    --output-model-type pydantic_v2.BaseModel --formatters builtin \
    --target-python-version 3.10 \
    --use-title-as-name --use-schema-description --field-constraints \
    --output "$scratch/inspection_models.py"
"$py" - "$scratch" "$sample" <<'PY'
import json, sys
from importlib.metadata import version
sys.path.insert(0, sys.argv[1])
import inspection_models
import pydantic

print("pydantic", version("pydantic"))
sample = json.load(open(sys.argv[2]))
report = inspection_models.Inspection.model_validate(sample)
dumped = report.model_dump(mode="json", exclude_none=True, exclude_unset=True)
assert dumped == sample, "the sample does not survive a round trip through the models"
try:
    inspection_models.Inspection.model_validate({**sample, "colour": "red"})
except pydantic.ValidationError:
    pass
else:
    raise AssertionError("the models accept an unknown field")
print("OK pydantic models: sample loads and round-trips, unknown field refused")
PY

step "ajv (strict)"
(
    cd "$scratch/node"
    node - "$schema_2020" "$schema_07" "$sample" <<'JS'
const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020").default;
const Ajv = require("ajv").default;
const addFormats = require("ajv-formats").default;
const [schema2020, schema07, sample] = process.argv.slice(2).map((p) => JSON.parse(fs.readFileSync(p, "utf8")));
console.log("ajv", require("ajv/package.json").version, "ajv-formats", require("ajv-formats/package.json").version);
for (const [name, AjvClass, schema] of [["Ajv2020", Ajv2020, schema2020], ["Ajv (draft-07)", Ajv, schema07]]) {
    const ajv = new AjvClass({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    if (!validate(sample)) {
        console.error(validate.errors);
        throw new Error(`${name}: the sample is invalid`);
    }
    if (validate({ ...sample, colour: "red" })) throw new Error(`${name}: an unknown field is accepted`);
    if (validate({ ...sample, published: "2025-02-30" })) throw new Error(`${name}: a date not in the calendar is accepted`);
    console.log(`OK ${name} strict: compiles, sample valid, bad samples refused`);
}
JS
)

step "json-schema-to-typescript + tsc"
(
    cd "$scratch/node"
    echo "json-schema-to-typescript $(node -p 'require("json-schema-to-typescript/package.json").version')"
    echo "typescript $(node -p 'require("typescript/package.json").version')"
    node - "$schema_2020" > inspection.d.ts <<'JS'
const fs = require("fs");
const { compile } = require("json-schema-to-typescript");
const schema = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
compile(schema, "Inspection", { bannerComment: "", additionalProperties: false })
    .then((ts) => process.stdout.write(ts))
    .catch((e) => { console.error(e); process.exit(1); });
JS
    {
        echo 'import type { Inspection } from "./inspection";'
        printf 'export const sample: Inspection = '
        cat "$sample"
        echo ';'
    } > sample.ts
    npx tsc --noEmit --strict --target es2020 --module esnext --moduleResolution bundler inspection.d.ts sample.ts
    echo "OK TypeScript: $(grep -c '^export' inspection.d.ts) exported types, sample type-checks"
)

step "openapi-spec-validator"
"$py" - "$openapi" <<'PY'
import json, sys
from importlib.metadata import version
from openapi_spec_validator import validate

print("openapi-spec-validator", version("openapi-spec-validator"))
document = json.load(open(sys.argv[1]))
validate(document)
print("OK OpenAPI", document["openapi"], "document valid")
PY

step "all partner checks passed"
