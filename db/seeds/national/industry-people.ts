/** Unions that represent workers in each NAICS sector, most common first. */
export const industryUnions: Readonly<Record<string, string>> = {
  '62': 'SEIU, National Nurses United, AFSCME, 1199SEIU, AFT Nurses and Health Professionals, CIR/SEIU, OPEIU',
  '61': 'AFT, NEA, UAW, SEIU, AFSCME, UE',
  '44-45': 'UFCW, RWDSU, Teamsters',
  '72': 'UNITE HERE, Workers United, SEIU',
  '48-49': 'Teamsters, ATU, TWU, APWU, NALC, ILWU, ILA, AFA-CWA, IAM',
  '54': 'CWA, IFPTE, OPEIU, NewsGuild-CWA',
  '92': 'AFSCME, AFGE, SEIU, NAGE, CWA',
  '31-33': 'UAW, USW, IAM, IBEW, UFCW, BCTGM, IUE-CWA',
  '51': 'CWA, NewsGuild-CWA, IBEW, Alphabet Workers Union-CWA, WGA East',
  '56': 'SEIU, Teamsters, LIUNA',
  '81': 'SEIU, OPEIU, NPEU',
  '52': 'OPEIU, CWA',
  '71': 'IATSE, AFM, SAG-AFTRA, AFSCME, Actors’ Equity',
  '23': 'LIUNA, Carpenters, IBEW, United Association, Ironworkers, IUOE',
  '22': 'IBEW, UWUA, USW',
  '42': 'Teamsters, UFCW',
  '53': 'SEIU, Teamsters',
  '11': 'UFW, FLOC',
  '55': 'OPEIU',
  '21': 'USW, UMWA',
};

/** Job titles members hold in each sector. */
export const industryJobs: Readonly<Record<string, string>> = {
  '62': 'Registered Nurse, Certified Nursing Assistant, Medical Assistant, Home Health Aide, Patient Care Technician, Resident Physician, Social Worker, Pharmacy Technician, Respiratory Therapist, Unit Clerk, Environmental Services Worker, Dental Assistant',
  '61': 'Teacher, Paraprofessional, Graduate Teaching Assistant, Adjunct Lecturer, Librarian, School Counselor, Bus Driver, Cafeteria Worker, Custodian, Research Assistant, Postdoctoral Researcher, Special Education Teacher',
  '44-45':
    'Cashier, Sales Associate, Stocker, Pharmacy Technician, Deli Clerk, Shift Supervisor, Department Manager, Cart Attendant, Produce Clerk, Customer Service Associate',
  '72': 'Barista, Line Cook, Server, Dishwasher, Bartender, Housekeeper, Front Desk Agent, Shift Supervisor, Host, Prep Cook, Banquet Server',
  '48-49':
    'Warehouse Associate, Package Handler, Delivery Driver, Bus Operator, Letter Carrier, Mail Handler, Picker, Forklift Operator, Flight Attendant, Dispatcher, Mechanic',
  '54': 'Software Engineer, Paralegal, Staff Attorney, Data Analyst, Architect, Accountant, UX Designer, Lab Technician, Research Scientist, Project Coordinator',
  '92': 'Caseworker, Clerk, Sanitation Worker, Librarian, Public Defender, Maintenance Worker, Planner, Eligibility Specialist, Claims Representative, Park Ranger',
  '31-33':
    'Production Worker, Machinist, Assembler, Welder, Quality Inspector, Maintenance Technician, Line Operator, Forklift Operator, Electrician, Meat Cutter',
  '51': 'Reporter, Editor, Software Engineer, Call Center Representative, Field Technician, Producer, Content Moderator, Video Editor, Librarian',
  '56': 'Janitor, Security Officer, Sanitation Driver, Call Center Agent, Temp Worker, Landscaper, Recycling Sorter',
  '81': 'Program Coordinator, Organizer, Mechanic, Hair Stylist, Canvasser, Case Manager, Development Associate',
  '52': 'Bank Teller, Claims Adjuster, Customer Service Representative, Loan Processor, Underwriter, Financial Analyst',
  '71': 'Museum Educator, Stagehand, Musician, Lifeguard, Ticket Agent, Zookeeper, Fitness Instructor, Curator',
  '23': 'Carpenter, Electrician, Laborer, Plumber, Apprentice, Heavy Equipment Operator, Ironworker',
  '22': 'Lineworker, Meter Reader, Plant Operator, Customer Service Representative, Engineer',
  '42': 'Warehouse Associate, Delivery Driver, Order Selector, Sales Representative',
  '53': 'Leasing Agent, Maintenance Technician, Property Manager, Rental Agent',
  '11': 'Farmworker, Harvester, Packer, Equipment Operator',
  '55': 'Analyst, Administrative Assistant, Accountant',
  '21': 'Miner, Roustabout, Driller, Equipment Operator',
};
