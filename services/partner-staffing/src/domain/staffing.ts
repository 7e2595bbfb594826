/** Biên chế: the civil-service posts assigned to a unit for a year, as Sở Nội vụ records them. */
export interface StaffingFigures {
  unitId: string;
  year: number;
  /** Biên chế được giao. */
  approvedPosts: number;
  /** Số có mặt. */
  staffInPost: number;
  /** Hợp đồng lao động: not counted against the approved posts. */
  contractStaff: number;
}

/** A year's staffing with what it says: how many posts are empty and how full the posts are. */
export interface UnitStaffing extends Omit<StaffingFigures, 'unitId'> {
  /** Approved posts not filled; 0 when more staff are in post than posts approved. */
  vacancies: number;
  /** Staff in post ÷ approved posts (above 1 when overstaffed); 0 when no post is approved. */
  fillRate: number;
}

export function staffingOf({
  year,
  approvedPosts,
  staffInPost,
  contractStaff,
}: StaffingFigures): UnitStaffing {
  return {
    year,
    approvedPosts,
    staffInPost,
    contractStaff,
    vacancies: Math.max(0, approvedPosts - staffInPost),
    fillRate: approvedPosts > 0 ? staffInPost / approvedPosts : 0,
  };
}
