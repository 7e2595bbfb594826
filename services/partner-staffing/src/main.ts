import { runService } from '@cchc/kit';
import { readConfig, startPartnerStaffing } from './app.js';

runService('partner-staffing', readConfig, startPartnerStaffing);
