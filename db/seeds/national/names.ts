import { firstNames as demoFirst, lastNames as demoLast } from '../random';

const list = (s: string) => s.trim().split(/\s+/);
const unique = (...lists: readonly (readonly string[])[]) => [...new Set(lists.flat())];

/** Common US given names and surnames, broad enough that 90,000 members do not look cloned. */
export const firstNames = unique(
  demoFirst,
  list(`
    James Mary Michael Jennifer David Linda John Patricia Robert Elizabeth William Barbara Richard Susan
    Joseph Jessica Thomas Sarah Daniel Karen Matthew Nancy Anthony Lisa Mark Betty Paul Sandra Steven
    Ashley Andrew Kimberly Joshua Emily Brian Donna Ryan Michelle Jacob Carol Nicholas Amanda Eric
    Melissa Jonathan Deborah Justin Stephanie Brandon Rebecca Tyler Laura Zachary Cynthia Aaron Amy
    Adam Angela Kyle Shirley Noah Brenda Ethan Emma Jeremy Anna Jordan Nicole Austin Katherine Dylan
    Samantha Jose Christine Logan Rachel Cameron Megan Caleb Olivia Isaac Abigail Gabriel Madison
    Elijah Chloe Liam Ava Mason Mia Lucas Isabella Owen Harper Wyatt Evelyn Henry Ella Leo Zoe Ezra
    Riley Quinn Avery Rowan Jaylen Taylor Morgan Casey Jamie Malik Darnell Latoya Tamika Ebony Terrence
    DeShawn Shanice Kendra Tyrone Andrea Monique Reggie Kiara Xavier Amara Kwame Fatima Yusuf Zainab
    Hassan Layla Mohammed Noor Arjun Anjali Rohan Deepa Wei Jun Lin Hiroshi Yuki Minh Thanh Duc Linh
    Ji-ho Min-jun Seo-yeon Tenzin Ngozi Chidi Abebe Selam Nadia Dmitri Olga Anya Ivan Katya Sean Siobhan
    Liam Declan Aoife Bridget Colm Ingrid Lars Astrid Ahmed Samira Omar Rania Kofi Akosua Marisol
  `),
);

export const lastNames = unique(
  demoLast,
  list(`
    Smith Jones Brown Wilson Moore Taylor Anderson Martin Lee Thompson White Harris Clark Lewis Robinson
    Wright King Scott Green Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner
    Parker Collins Edwards Stewart Sanchez Rogers Reed Cook Morgan Bell Murphy Bailey Rivera Cooper
    Richardson Cox Howard Ward Peterson Gray James Watson Hughes Price Sanders Myers Long Ross Foster
    Powell Jenkins Perry Russell Sullivan Fisher Henderson Hayes Simmons Bryant Alexander Griffin
    Hamilton Graham Wallace Woods Cole West Jordan Owens Reynolds Ellis Harrison Gibson McDonald Marshall
    Wells Tucker Porter Hunter Hicks Crawford Henry Boyd Mason Kennedy Warren Dixon Burns Gordon Shaw
    Holmes Rice Robertson Hunt Black Daniels Palmer Mills Nichols Grant Knight Ferguson Stone Hawkins
    Dunn Perkins Hudson Spencer Stephens Pierce Hansen Wagner Larson Olson Schultz Becker Novak Kowalski
    Nowak Ivanov Petrov Romano Russo Esposito Rossi Bianchi Nakamura Tanaka Suzuki Watanabe Park Choi
    Tran Le Pham Huynh Vu Wong Liu Wang Zhang Yang Huang Singh Shah Kumar Gupta Das Khan Hussain Ahmed
    Rahman Mensah Adeyemi Eze Mwangi Tesfaye Abdi Farah Greenberg Levine Friedman Katz Shapiro O'Brien
    Kelly Ryan Walsh Byrne Doyle Lynch Quinn Gallagher Jefferson Freeman Simpson Banks Mayfield Dawson
  `),
);

/** Given names and surnames for members who prefer Spanish. */
export const spanishFirstNames = list(`
  Maria Jose Juan Luis Carlos Jorge Miguel Ana Rosa Guadalupe Lupe Alejandro Francisco Javier Fernando
  Ricardo Eduardo Roberto Manuel Antonio Jesus Pedro Raul Sergio Hector Diego Andres Gabriela Daniela
  Mariana Veronica Alejandra Claudia Patricia Adriana Leticia Yesenia Marisol Lucia Sofia Valentina
  Camila Ximena Paola Beatriz Esperanza Dolores Graciela Araceli Itzel Alondra Brenda Erika Rocio
`);
export const spanishLastNames = list(`
  Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez
  Diaz Reyes Morales Cruz Ortiz Gutierrez Chavez Ramos Ruiz Alvarez Mendoza Castillo Jimenez Moreno
  Romero Herrera Medina Aguilar Vargas Castro Guzman Fernandez Munoz Salazar Soto Delgado Pena Rios
  Vasquez Contreras Espinoza Sandoval Cervantes Dominguez Estrada Figueroa Guerrero Lara Maldonado
  Navarro Ochoa Pacheco Quintero Rosales Serrano Tapia Valdez Zamora Zuniga Acosta Bautista Cabrera
`);
