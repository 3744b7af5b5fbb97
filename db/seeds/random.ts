/** mulberry32: a small seeded PRNG, so the demo and national data are the same on every machine. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
    /** Picks by weight. */
    weighted: <T>(items: readonly T[], weights: readonly number[]): T => {
      const total = weights.reduce((a, b) => a + b, 0);
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i]!;
        if (r < 0) return items[i]!;
      }
      return items[items.length - 1]!;
    },
  };
}
export type Rng = ReturnType<typeof rng>;

export const firstNames = [
  'Keisha',
  'Miguel',
  'Alex',
  'Dana',
  'Rosa',
  'Jamal',
  'Priya',
  'Tom',
  'Lupe',
  'Marcus',
  'Ana',
  'Devin',
  'Grace',
  'Luis',
  'Tanya',
  'Omar',
  'Hannah',
  'Carlos',
  'Nia',
  'Ben',
  'Yesenia',
  'Ray',
  'Mei',
  'Andre',
  'Sofia',
  'Kevin',
  'Imani',
  'Jorge',
  'Erin',
  'Tariq',
  'Maria',
  'Sam',
  'Leticia',
  'Chris',
  'Aisha',
  'Diego',
  'Beth',
  'Hector',
  'Jasmine',
  'Nate',
] as const;
export const lastNames = [
  'Bell',
  'Torres',
  'Nguyen',
  'Okafor',
  'Hernandez',
  'Washington',
  'Patel',
  'Miller',
  'Garcia',
  'Johnson',
  'Ramirez',
  'Brooks',
  'Kim',
  'Lopez',
  'Jackson',
  'Haddad',
  'Schmidt',
  'Reyes',
  'Williams',
  'Cohen',
  'Flores',
  'Davis',
  'Chen',
  'Thomas',
  'Morales',
  'Walker',
  'Diallo',
  'Castillo',
  'Murphy',
  'Ali',
  'Gonzalez',
  'Baker',
  'Ortiz',
  'Young',
  'Coleman',
  'Vargas',
] as const;
