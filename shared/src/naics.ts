import { z } from 'zod';

/** NAICS 2022 sectors (two-digit codes; ranges as the Census Bureau writes them). */
export const naicsSectors = [
  {
    code: '11',
    name: 'Agriculture, Forestry, Fishing and Hunting',
    nameEs: 'Agricultura, silvicultura, pesca y caza',
  },
  {
    code: '21',
    name: 'Mining, Quarrying, and Oil and Gas Extraction',
    nameEs: 'Minería y extracción de petróleo y gas',
  },
  { code: '22', name: 'Utilities', nameEs: 'Servicios públicos (electricidad, agua y gas)' },
  { code: '23', name: 'Construction', nameEs: 'Construcción' },
  { code: '31-33', name: 'Manufacturing', nameEs: 'Manufactura' },
  { code: '42', name: 'Wholesale Trade', nameEs: 'Comercio al por mayor' },
  { code: '44-45', name: 'Retail Trade', nameEs: 'Comercio al por menor' },
  { code: '48-49', name: 'Transportation and Warehousing', nameEs: 'Transporte y almacenamiento' },
  { code: '51', name: 'Information', nameEs: 'Información y medios' },
  { code: '52', name: 'Finance and Insurance', nameEs: 'Finanzas y seguros' },
  { code: '53', name: 'Real Estate and Rental and Leasing', nameEs: 'Bienes raíces y alquiler' },
  {
    code: '54',
    name: 'Professional, Scientific, and Technical Services',
    nameEs: 'Servicios profesionales, científicos y técnicos',
  },
  { code: '55', name: 'Management of Companies and Enterprises', nameEs: 'Dirección de empresas' },
  {
    code: '56',
    name: 'Administrative and Support and Waste Management',
    nameEs: 'Servicios administrativos, de apoyo y manejo de residuos',
  },
  { code: '61', name: 'Educational Services', nameEs: 'Servicios educativos' },
  { code: '62', name: 'Health Care and Social Assistance', nameEs: 'Salud y asistencia social' },
  {
    code: '71',
    name: 'Arts, Entertainment, and Recreation',
    nameEs: 'Artes, entretenimiento y recreación',
  },
  {
    code: '72',
    name: 'Accommodation and Food Services',
    nameEs: 'Hoteles, restaurantes y servicios de comida',
  },
  {
    code: '81',
    name: 'Other Services (except Public Administration)',
    nameEs: 'Otros servicios (excepto administración pública)',
  },
  { code: '92', name: 'Public Administration', nameEs: 'Administración pública' },
] as const;

export const naicsCodes = naicsSectors.map((n) => n.code) as unknown as [string, ...string[]];
export const industryCode = z.enum(
  naicsCodes as [(typeof naicsSectors)[number]['code'], ...(typeof naicsSectors)[number]['code'][]],
  {
    message: 'Use a NAICS sector code such as 62 or 44-45',
  },
);
export type IndustryCode = z.infer<typeof industryCode>;
