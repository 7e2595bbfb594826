import { frontendModuleBuild } from '@cchc/shared-deps';
import { defineConfig } from 'vite';

export default defineConfig(frontendModuleBuild({ entry: 'src/index.ts', fileName: 'web-shared.js' }));
