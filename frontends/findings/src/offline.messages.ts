/** Words of the findings application's offline screens (namespace `findings`, key `offline`), Vietnamese first. */
export const offlineMessages = {
  vi: {
    kept: 'Chưa lưu được: kết quả được giữ trên máy này và sẽ tự gửi khi kết nối lại',
    title_other: '{{count}} kết quả chưa lưu — sẽ tự gửi khi kết nối lại',
    notSaved: 'Chưa lưu',
    refused: 'Bị từ chối',
    refusedHint:
      'Hệ thống không nhận kết quả này: hãy chép nội dung để ghi nhận lại, rồi bỏ nó khỏi danh sách.',
    sendNow: 'Gửi lại ngay',
    sent_other: 'Đã lưu {{count}} kết quả gửi lại',
    typedAt: 'Nhập lúc {{time}}',
    attempts_other: 'đã thử gửi {{count}} lần',
    lastProblem: {
      network: 'lần cuối không kết nối được máy chủ',
      unavailable: 'lần cuối hệ thống không phản hồi',
      unauthenticated: 'lần cuối phiên làm việc đã hết hạn',
      rateLimited: 'lần cuối hệ thống đang quá tải',
    },
    remove: 'Bỏ',
    removeConfirm: 'Bỏ kết quả chưa lưu này? Nội dung đã nhập sẽ mất.',
    keep: 'Giữ lại',
  },
  en: {
    kept: 'Not saved yet: the finding is kept on this computer and will be sent when the connection is back',
    title_one: '{{count}} finding not yet saved — it will be sent when the connection is back',
    title_other: '{{count}} findings not yet saved — they will be sent when the connection is back',
    notSaved: 'Not yet saved',
    refused: 'Refused',
    refusedHint:
      'The platform did not accept this finding: copy its text to record it again, then remove it here.',
    sendNow: 'Send now',
    sent_one: '{{count}} finding sent again and saved',
    sent_other: '{{count}} findings sent again and saved',
    typedAt: 'Typed at {{time}}',
    attempts_one: 'tried {{count}} time',
    attempts_other: 'tried {{count}} times',
    lastProblem: {
      network: 'last time the server could not be reached',
      unavailable: 'last time the platform did not answer',
      unauthenticated: 'last time the session had expired',
      rateLimited: 'last time the platform was overloaded',
    },
    remove: 'Remove',
    removeConfirm: 'Remove this unsaved finding? What was typed will be lost.',
    keep: 'Keep it',
  },
};
