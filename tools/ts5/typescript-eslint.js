// typescript-eslint as installed in this workspace, where `typescript` resolves to 5.9 (see
// package.json); the repository's eslint.config.js imports it from here.
export {default} from 'typescript-eslint';
