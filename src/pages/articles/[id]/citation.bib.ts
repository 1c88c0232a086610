// /articles/<id>/citation.bib: the article's reference as a BibTeX entry, for LaTeX (the gbt7714 and
// biblatex-gb7714 styles) and reference managers.
import { citationFilePaths, citationFileRoute } from '../../../articles/citation-route.ts';

export const getStaticPaths = citationFilePaths;
export const GET = citationFileRoute('bibtex');
