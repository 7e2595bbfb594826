import type { LineageKind } from '../unit-kind.js';

/** A unit of the system before 1 July 2025. */
export interface FormerUnit {
  id: string;
  level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
  code: string;
  fullName: string; // "Xã Tân Long"
  provinceCode: string; // own code for provinces
  districtCode?: string; // communes: their district; districts: own code
  districtFullName?: string; // communes: "Huyện Trùng Khánh"
}

/** A unit of the system from 1 July 2025. */
export interface CurrentUnit {
  id: string;
  level: 'PROVINCE' | 'COMMUNE';
  code: string;
  fullName: string;
  provinceCode: string; // own code for provinces
}

/** What the 2025 file says a new province or commune was formed from. */
export interface PredecessorRecord {
  level: CurrentUnit['level'];
  code: string;
  name: string; // "Xã Hòn Đất"
  provinceCode: string; // own code for provinces
  /** The predecessors, as Vietnamese text: "Thị trấn Hòn Đất, Xã Mỹ Thái, Xã Sơn Kiên", or "giữ nguyên". */
  formedFrom: string;
}

export interface LineageLink {
  predecessorId: string;
  successorId: string;
  kind: LineageKind;
  partial: boolean; // true for "một phần diện tích", "phần còn lại", etc.
  note?: string; // the original mention text when it says more than the name, else undefined
}

export interface UnmatchedMention {
  successorCode: string;
  successorName: string;
  mention: string; // the piece of text that could not be resolved
  reason: 'NOT_FOUND' | 'AMBIGUOUS';
  candidates: string[]; // for AMBIGUOUS: "Xã X (Huyện Y, Tỉnh Z)" descriptions
}

export interface LineageResult {
  links: LineageLink[];
  unmatched: UnmatchedMention[];
}
