// /articles/<id>/citation.ris: the article's reference as a RIS file, for EndNote, Zotero and the like.
import { citationFilePaths, citationFileRoute } from '../../../articles/citation-route.ts';

export const getStaticPaths = citationFilePaths;
export const GET = citationFileRoute('ris');
