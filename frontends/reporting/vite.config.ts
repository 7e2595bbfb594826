import { frontendModuleBuild } from '@cchc/shared-deps';
import { defineConfig } from 'vite';

export default defineConfig(frontendModuleBuild({ entry: 'src/main.tsx', fileName: 'reporting.js' }));
