import { describeMigrationRoundTrip } from '@cchc/kit/testing';
import { migrations } from './schema.js';

const figures = '00000000-0000-4000-8000-0000000000f1';
const unit = '00000000-0000-4000-8000-0000000000a1';

describeMigrationRoundTrip('e-government-metrics', {
  migrations,
  seeds: {
    CreateMonthlyFigures1764200000000: `
      INSERT INTO monthly_figures (id, unit_id, period, status, received_direct, received_online, received_postal,
        resolved, resolved_early, resolved_on_time, resolved_late, pending, late_with_apology, not_updated_one_stop,
        procedures_announced, procedures_published_desk, procedures_published_website, procedures_total,
        procedures_full_online, procedures_partial_online, dossiers_with_fees, online_payments, dossiers_digitised,
        survey_responses, survey_satisfied, complaints_received, complaints_handled_on_time, website_posts,
        joint_births_done, joint_births_total, joint_deaths_done, joint_deaths_total, website_last_update, updated_by)
      VALUES ('${figures}', '${unit}', '2025-03-01', 'SUBMITTED', 120, 80, 5, 190, 20, 165, 5, 15, 5, 0,
        300, 300, 298, 310, 120, 90, 60, 40, 150, 50, 47, 2, 2, 12, 30, 31, 9, 9, '2025-03-28', 'mot-cua.hoa-binh');
      INSERT INTO figure_revisions (figures_id, version, status, values, actor, note)
      VALUES ('${figures}', 1, 'SUBMITTED', '{"receivedDirect": 120}', 'mot-cua.hoa-binh', 'Số liệu tháng 3');
      INSERT INTO audit_log (object_type, object_id, action, actor, changes)
      VALUES ('MonthlyFigures', '${figures}', 'CREATE', 'mot-cua.hoa-binh', '{"status": [null, "SUBMITTED"]}');`,
    AddOnlineProcedureDossiersAndDiscipline1764900000000: `
      UPDATE monthly_figures SET received_of_online_procedures = 150, discipline_cases = 1 WHERE id = '${figures}';`,
  },
  downsThatLoseData: [
    'CreateMonthlyFigures1764200000000',
    'AddOnlineProcedureDossiersAndDiscipline1764900000000',
  ],
});
