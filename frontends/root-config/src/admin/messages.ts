/** The shell's words for the administration screens (namespace `admin`), Vietnamese first; each screen brings the rest. */
export const adminMessages = {
  vi: {
    nav: { apiTokens: 'Mã truy cập API' },
    noAccess: {
      title: 'Không có quyền truy cập',
      apiTokens: 'Chỉ cán bộ quản trị của Văn phòng cải cách hành chính tỉnh được quản lý mã truy cập API.',
    },
  },
  en: {
    nav: { apiTokens: 'API tokens' },
    noAccess: {
      title: 'No access',
      apiTokens: "Only the provincial administrative-reform office's administrators manage API tokens.",
    },
  },
};
