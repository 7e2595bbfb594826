import { runService } from '@cchc/kit';
import { readConfig, startMetrics } from './app.js';

runService('e-government-metrics', readConfig, startMetrics);
