/**
 * The raw monthly counts a unit's one-stop desk (bộ phận một cửa) and website report. Every indicator is a
 * ratio of sums of these, so figures roll up over units and months by plain addition.
 */
export const MEASURES = {
  receivedDirect: {
    column: 'received_direct',
    vi: 'Hồ sơ tiếp nhận trực tiếp',
    en: 'Dossiers received in person',
  },
  receivedOnline: {
    column: 'received_online',
    vi: 'Hồ sơ tiếp nhận trực tuyến',
    en: 'Dossiers received online',
  },
  receivedPostal: {
    column: 'received_postal',
    vi: 'Hồ sơ tiếp nhận qua bưu chính công ích',
    en: 'Dossiers received by public post',
  },
  receivedOfOnlineProcedures: {
    column: 'received_of_online_procedures',
    vi: 'Hồ sơ tiếp nhận của các TTHC có cung cấp dịch vụ công trực tuyến (toàn trình, một phần)',
    en: 'Dossiers received for procedures offered online (fully or partly)',
  },
  resolved: { column: 'resolved', vi: 'Hồ sơ đã giải quyết', en: 'Dossiers resolved' },
  resolvedEarly: { column: 'resolved_early', vi: 'Giải quyết trước hạn', en: 'Resolved early' },
  resolvedOnTime: { column: 'resolved_on_time', vi: 'Giải quyết đúng hạn', en: 'Resolved on time' },
  resolvedLate: { column: 'resolved_late', vi: 'Giải quyết trễ hạn', en: 'Resolved late' },
  pending: { column: 'pending', vi: 'Hồ sơ đang giải quyết', en: 'Dossiers pending' },
  lateWithApology: {
    column: 'late_with_apology',
    vi: 'Hồ sơ trễ hạn có phiếu xin lỗi',
    en: 'Late dossiers with an apology letter',
  },
  notUpdatedOneStop: {
    column: 'not_updated_one_stop',
    vi: 'Hồ sơ chưa cập nhật trên hệ thống một cửa điện tử',
    en: 'Dossiers not updated in the electronic one-stop system',
  },
  proceduresAnnounced: {
    column: 'procedures_announced',
    vi: 'TTHC mới được UBND tỉnh công bố',
    en: 'New procedures announced by the province',
  },
  proceduresPublishedDesk: {
    column: 'procedures_published_desk',
    vi: 'TTHC mới niêm yết đúng hạn tại bộ phận một cửa',
    en: 'New procedures posted at the one-stop desk in time',
  },
  proceduresPublishedWebsite: {
    column: 'procedures_published_website',
    vi: 'TTHC mới công khai đúng hạn trên Trang thông tin điện tử',
    en: 'New procedures published on the website in time',
  },
  proceduresTotal: {
    column: 'procedures_total',
    vi: 'TTHC thuộc thẩm quyền',
    en: 'Procedures the unit handles',
  },
  proceduresFullOnline: {
    column: 'procedures_full_online',
    vi: 'TTHC cung cấp dịch vụ công trực tuyến toàn trình',
    en: 'Procedures offered fully online',
  },
  proceduresPartialOnline: {
    column: 'procedures_partial_online',
    vi: 'TTHC cung cấp dịch vụ công trực tuyến một phần',
    en: 'Procedures offered partly online',
  },
  dossiersWithFees: { column: 'dossiers_with_fees', vi: 'Hồ sơ có phí, lệ phí', en: 'Dossiers with fees' },
  onlinePayments: {
    column: 'online_payments',
    vi: 'Hồ sơ thanh toán trực tuyến',
    en: 'Dossiers paid online',
  },
  dossiersDigitised: { column: 'dossiers_digitised', vi: 'Hồ sơ được số hóa', en: 'Dossiers digitised' },
  surveyResponses: { column: 'survey_responses', vi: 'Phiếu khảo sát thu về', en: 'Survey responses' },
  surveySatisfied: { column: 'survey_satisfied', vi: 'Phiếu hài lòng', en: 'Satisfied responses' },
  complaintsReceived: {
    column: 'complaints_received',
    vi: 'Phản ánh, kiến nghị tiếp nhận',
    en: 'Complaints and petitions received',
  },
  complaintsHandledOnTime: {
    column: 'complaints_handled_on_time',
    vi: 'Phản ánh, kiến nghị xử lý đúng hạn',
    en: 'Complaints and petitions handled on time',
  },
  websitePosts: {
    column: 'website_posts',
    vi: 'Tin bài đăng trên Trang thông tin điện tử',
    en: 'Website posts',
  },
  jointBirthsDone: {
    column: 'joint_births_done',
    vi: 'Đăng ký khai sinh liên thông (3 trong 1)',
    en: 'Births registered jointly (3 in 1)',
  },
  jointBirthsTotal: {
    column: 'joint_births_total',
    vi: 'Đăng ký khai sinh thuộc diện liên thông',
    en: 'Birth registrations eligible for 3 in 1',
  },
  jointDeathsDone: {
    column: 'joint_deaths_done',
    vi: 'Đăng ký khai tử liên thông (3 trong 1)',
    en: 'Deaths registered jointly (3 in 1)',
  },
  jointDeathsTotal: {
    column: 'joint_deaths_total',
    vi: 'Đăng ký khai tử thuộc diện liên thông',
    en: 'Death registrations eligible for 3 in 1',
  },
  disciplineCases: {
    column: 'discipline_cases',
    vi: 'Cán bộ, công chức, viên chức bị xử lý kỷ luật',
    en: 'Officials and public employees disciplined',
  },
} as const;

export type MeasureKey = keyof typeof MEASURES;
export const MEASURE_KEYS = Object.keys(MEASURES) as MeasureKey[];

/** One unit's figures for one month: every measure, plus the website's last update. */
export type MonthlyValues = Record<MeasureKey, number> & { websiteLastUpdate: string | null };

export const receivedTotal = (
  v: Pick<MonthlyValues, 'receivedDirect' | 'receivedOnline' | 'receivedPostal'>,
) => v.receivedDirect + v.receivedOnline + v.receivedPostal;
