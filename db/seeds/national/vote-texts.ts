type Pair = [en: string, es: string];

/** What the national data set's votes and petitions say, in English and Spanish. */
export const voteTexts: {
  petitions: { title: string; question: string }[];
  votes: { title: Pair; question: Pair; statements: { for: Pair; against: Pair } }[];
} = {
  petitions: [
    {
      title: 'Hold a member vote on a national salting program',
      question:
        'Should DSA fund a national program that helps members take union-organizing jobs in strategic industries?',
    },
    {
      title: 'Run a member-endorsed campaign for president in 2028',
      question:
        'Should DSA run a national campaign for president in 2028, with a candidate endorsed by a vote of all members?',
    },
  ],
  votes: [
    {
      title: [
        'Run a member-endorsed campaign for president in 2028',
        'Impulsar una campaña presidencial respaldada por la membresía en 2028',
      ],
      question: [
        'Should DSA run a national campaign for president in 2028, with a candidate endorsed by a vote of all members?',
        '¿Debe DSA impulsar una campaña nacional para la presidencia en 2028, con una candidatura respaldada por el voto de toda la membresía?',
      ],
      statements: {
        for: [
          'A campaign chosen by every member would carry our program to millions, and it would be ours to see through.',
          'Una campaña elegida por toda la membresía llevaría nuestro programa a millones de personas, y sería nuestra para sacarla adelante.',
        ],
        against: [
          "Our chapters' labor and tenant organizing would go hungry to fund a campaign we cannot yet win.",
          'El trabajo sindical y de inquilinos de nuestras secciones se quedaría sin recursos para financiar una campaña que todavía no podemos ganar.',
        ],
      },
    },
    {
      title: [
        'Endorse Maya Torres for U.S. House (TX-35)',
        'Respaldar a Maya Torres para la Cámara de Representantes (TX-35)',
      ],
      question: [
        "Should DSA endorse Maya Torres, a union nurse running for Congress in Texas's 35th district?",
        '¿Debe DSA respaldar a Maya Torres, enfermera sindicalizada y candidata al Congreso por el distrito 35 de Texas?',
      ],
      statements: {
        for: [
          'Maya organized her hospital and has run on our program from the first day.',
          'Maya organizó a su hospital y ha hecho campaña con nuestro programa desde el primer día.',
        ],
        against: [
          'She has not committed to join the socialists in office caucus; we should wait until she does.',
          'No se ha comprometido a sumarse al bloque de socialistas en cargos públicos; deberíamos esperar a que lo haga.',
        ],
      },
    },
  ],
};
