/** The first part of every query key of this feature. */
export const growthKeys = {
  recruitment: ['recruitment'],
  goals: ['goals'],
  south: ['south'],
  reserve: ['reserve'],
  mentorships: ['mentorships'],
  unionStaffers: ['union-staffers'],
  places: ['growth-places'],
} as const;
