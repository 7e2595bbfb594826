import { describeMigrationRoundTrip } from '@cchc/kit/testing';
import { migrations } from './schema.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [catalog2019, catalog, area, criterion, subCriterion, plan, district, commune] = [
  1, 2, 3, 4, 5, 6, 7, 8,
].map(id);
const [districtTarget, communeTarget, finding, action, member] = [9, 10, 11, 12, 13].map(id);

describeMigrationRoundTrip('inspection', {
  migrations,
  seeds: {
    CreateInspection1764100000000: `
      INSERT INTO criteria_catalogs (id, year, title, copied_from_id) VALUES
        ('${catalog2019}', 2019, 'Bộ tiêu chí 2019', NULL),
        ('${catalog}', 2020, 'Bộ tiêu chí 2020', '${catalog2019}');
      INSERT INTO content_areas (id, catalog_id, code, position, name_vi, name_en, guidance)
      VALUES ('${area}', '${catalog}', 'TTHC', 3, 'Cải cách thủ tục hành chính', 'Administrative procedures',
        'Kiểm tra hồ sơ một cửa');
      INSERT INTO criteria (id, catalog_id, area_id, parent_id, code, position, name_vi, name_en, guidance) VALUES
        ('${criterion}', '${catalog}', '${area}', NULL, 'TTHC.3', 3, 'Giải quyết TTHC', 'Handling procedures',
          'Tỉ lệ hồ sơ đúng hạn'),
        ('${subCriterion}', '${catalog}', '${area}', '${criterion}', 'TTHC.3.1', 1, 'Xin lỗi khi trễ hẹn',
          'Apologising for late dossiers', NULL);
      INSERT INTO inspection_plans (id, year, title, decision_number, decision_date, period_from, period_to,
        lead_unit_id, scope, status, catalog_id)
      VALUES ('${plan}', 2020, 'Kiểm tra CCHC 2020', '1234/QĐ-UBND', '2020-09-15', '2020-10-01', '2020-10-30',
        '${district}', 'Huyện và xã', 'IN_PROGRESS', '${catalog}');
      INSERT INTO team_members (id, plan_id, full_name, role, agency_unit_id, agency_name, position)
      VALUES ('${member}', '${plan}', 'Trần Thị Bình', 'LEAD', '${district}', 'Sở Nội vụ', 'Phó Giám đốc');
      INSERT INTO inspection_targets (id, plan_id, unit_id, planned_date, parent_target_id, illustrative) VALUES
        ('${districtTarget}', '${plan}', '${district}', '2020-10-05', NULL, false),
        ('${communeTarget}', '${plan}', '${commune}', '2020-10-06', '${districtTarget}', true);
      INSERT INTO visits (target_id, actual_date, attendees, minutes, status)
      VALUES ('${districtTarget}', '2020-10-05', '{Trần Thị Bình}', 'Biên bản làm việc', 'DONE');
      INSERT INTO findings (id, plan_id, target_id, unit_id, area_id, criterion_id, kind, severity, text, status)
      VALUES ('${finding}', '${plan}', '${districtTarget}', '${district}', '${area}', '${criterion}', 'LIMITATION',
        'MEDIUM', 'Vẫn còn hồ sơ trễ hẹn', 'OPEN');
      INSERT INTO conclusions (plan_id, number, issued_on, summary)
      VALUES ('${plan}', '56/KL-SNV', '2020-11-20', 'Cơ bản thực hiện tốt');
      INSERT INTO recommendations (id, plan_id, addressee, text, position)
      VALUES ('${id(14)}', '${plan}', 'UNITS', 'Xin lỗi người dân khi trễ hẹn', 1);
      INSERT INTO corrective_actions (id, finding_id, responsible_unit_id, required_action, deadline, status,
        verified_on, verified_by, verification_note)
      VALUES ('${action}', '${finding}', '${district}', 'Rà soát hồ sơ trễ hẹn', '2020-12-31', 'VERIFIED',
        '2021-01-10', 'tran.binh', 'Đã khắc phục');
      INSERT INTO action_reports (id, action_id, reported_on, text, author)
      VALUES ('${id(15)}', '${action}', '2020-12-20', 'Đã gửi phiếu xin lỗi', 'can-bo.huyen');
      INSERT INTO audit_log (object_type, object_id, action, actor, changes)
      VALUES ('Finding', '${finding}', 'CREATE', 'tran.binh', '{"status": [null, "OPEN"]}');`,
    TeamMemberUsername1764300000001: `UPDATE team_members SET username = 'tran.binh' WHERE id = '${member}';`,
    AssessmentsAndNotices1764500000100: `
      UPDATE criteria SET max_points = 2, indicator_code = 'ON_TIME_RATE', indicator_points = '[{"min": 95, "points": 2}]'
       WHERE id = '${criterion}';
      INSERT INTO assessments (target_id, version) VALUES ('${districtTarget}', 1);
      INSERT INTO criterion_scores (target_id, criterion_id, points, comment, prefilled)
      VALUES ('${districtTarget}', '${criterion}', 1.5, 'Còn 3 hồ sơ trễ hẹn', true);
      INSERT INTO conclusion_notices (target_id, plan_id, unit_id, number, issued_on, strengths, limitations,
        classification, total, max_total, actions, version)
      VALUES ('${districtTarget}', '${plan}', '${district}', '57/TB-SNV', '2020-11-25', '{Công khai đầy đủ}',
        '{Còn trễ hẹn}', 'FAIR', 75.5, 100, '[]', 1);`,
    EvidenceReadings1764610000000: `
      UPDATE findings SET evidence_reading = '{"indicator": "ON_TIME_RATE", "value": 91.2}' WHERE id = '${finding}';
      INSERT INTO alert_dismissals (id, plan_id, unit_id, indicator_code, reason, dismissed_by, dismissed_at)
      VALUES ('${id(16)}', '${plan}', '${commune}', 'ON_TIME_RATE', 'Số liệu tháng đã đính chính', 'tran.binh',
        '2020-10-07T09:00:00Z');`,
    FindingSearchAndClientKey1764700000000: `UPDATE findings SET client_key = 'tab-1:42' WHERE id = '${finding}';`,
  },
  downsThatLoseData: [
    'CreateInspection1764100000000',
    'TeamMemberUsername1764300000001',
    'AssessmentsAndNotices1764500000100',
    'EvidenceReadings1764610000000',
    'FindingSearchAndClientKey1764700000000',
  ],
});
