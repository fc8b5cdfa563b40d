// Runs every check of the deployment files and prints each result, then "N passed, N failed" (exit code 1 on a failure).
import { composeChecks } from './compose.js';
import { dockerfileChecks } from './dockerfiles.js';
import { k8sChecks } from './k8s.js';

const checks = [...dockerfileChecks(), ...composeChecks(), ...(await k8sChecks())];
let passed = 0;
let failed = 0;
for (const { name, run } of checks) {
  try {
    await run();
    passed++;
    console.log(`✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`✗ ${name}\n    ${error.message.replaceAll('\n', '\n    ')}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
