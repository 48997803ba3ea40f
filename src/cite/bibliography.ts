/**
 * The papers each model rests on, keyed by model id (the chapters' ids, including erm, hmm and
 * spiked, being added in parallel). The one bibliography of the project: the "Cite" entry of every
 * figure menu and nothing else reads it.
 *
 * Identifiers: arXiv ids are those of ../shared/PHYSICS.md (the equations' sources). A DOI or a proceedings
 * URL is given only where it was read in a publisher, proceedings or index record, never guessed (checked
 * 2026-12-07; where each was read is said beside it). Conference proceedings without DOIs (NeurIPS, PMLR)
 * get the proceedings page as `url`. An identifier not found in the stored sources is named in `pending`
 * with what was verified instead; bibliography.test.ts requires one of the three for every paper.
 */
export interface Paper {
  /** BibTeX key */
  key: string;
  type: 'article' | 'inproceedings';
  authors: readonly string[];
  title: string;
  /** journal or proceedings */
  venue: string;
  year: number;
  arxiv?: string;
  doi?: string;
  /** the proceedings page, for a conference paper without a DOI */
  url?: string;
  volume?: string;
  pages?: string;
  /** an arXiv id, DOI or proceedings URL not found yet: what is missing and what was verified instead */
  pending?: string;
}

const P = {
  // PNAS record (DOI), PubMed PMC6431156
  barbier2019: { key: 'barbier2019optimal', type: 'article', year: 2019, arxiv: '1708.03395', doi: '10.1073/pnas.1802705116', volume: '116', pages: '5451--5460', authors: ['Barbier, Jean', 'Krzakala, Florent', 'Macris, Nicolas', 'Miolane, Léo', 'Zdeborová, Lenka'], title: 'Optimal errors and phase transitions in high-dimensional generalized linear models', venue: 'Proceedings of the National Academy of Sciences', },
  // ISIT 2011 pages from the proceedings copy and citing papers; the DOI as printed in a published reference list
  rangan2011: { key: 'rangan2011generalized', type: 'inproceedings', year: 2011, arxiv: '1010.5141', doi: '10.1109/ISIT.2011.6033942', pages: '2168--2172', authors: ['Rangan, Sundeep'], title: 'Generalized approximate message passing for estimation with random linear mixing', venue: 'IEEE International Symposium on Information Theory (ISIT)', },
  // NeurIPS 2018 proceedings page (papers.nips.cc/paper/7584); pages from the ML anthology record
  aubin2018: { key: 'aubin2018committee', type: 'inproceedings', year: 2018, arxiv: '1806.05451', url: 'https://papers.nips.cc/paper/7584-the-committee-machine-computational-to-statistical-gaps-in-learning-a-two-layers-neural-network', pages: '3223--3234', authors: ['Aubin, Benjamin', 'Maillard, Antoine', 'Barbier, Jean', 'Krzakala, Florent', 'Macris, Nicolas', 'Zdeborová, Lenka'], title: 'The committee machine: Computational to statistical gaps in learning a two-layers neural network', venue: 'Advances in Neural Information Processing Systems 31 (NeurIPS)', },
  // APS record (journals.aps.org/pre/abstract/10.1103/PhysRevE.52.4225), cited with this DOI by several repositories
  saad1995: { key: 'saad1995online', type: 'article', year: 1995, doi: '10.1103/PhysRevE.52.4225', volume: '52', pages: '4225--4243', pending: 'no arXiv version found in the stored sources (the journal record is the reference)', authors: ['Saad, David', 'Solla, Sara A.'], title: 'On-line learning in soft committee machines', venue: 'Physical Review E', },
  // NeurIPS 2019 proceedings page (hash cab070d5…, as linked by the teacher-student-dynamics repository)
  goldt2019: { key: 'goldt2019dynamics', type: 'inproceedings', year: 2019, arxiv: '1906.08632', url: 'https://proceedings.neurips.cc/paper/2019/hash/cab070d53bd0d200746fb852a922064a-Abstract.html', authors: ['Goldt, Sebastian', 'Advani, Madhu S.', 'Saxe, Andrew M.', 'Krzakala, Florent', 'Zdeborová, Lenka'], title: 'Dynamics of stochastic gradient descent for two-layer neural networks in the teacher-student setup', venue: 'Advances in Neural Information Processing Systems 32 (NeurIPS)', },
  // ADS record of the J. Stat. Mech. version
  veiga2022: { key: 'veiga2022phase', type: 'inproceedings', year: 2022, arxiv: '2202.00293', doi: '10.1088/1742-5468/ad01b1', authors: ['Veiga, Rodrigo', 'Stephan, Ludovic', 'Loureiro, Bruno', 'Krzakala, Florent', 'Zdeborová, Lenka'], title: 'Phase diagram of stochastic gradient descent in high-dimensional two-layer neural networks', venue: 'Advances in Neural Information Processing Systems 35 (NeurIPS); J. Stat. Mech. (2023) 114008', },
  // ICML 2019, PMLR 97, pages 4333-4342 (citing papers)
  sarao2019passed: { key: 'sarao2019passed', type: 'inproceedings', year: 2019, arxiv: '1902.00139', volume: '97', pages: '4333--4342', pending: 'PMLR page URL not found in the stored sources; venue (ICML 2019, PMLR 97) and pages 4333-4342 verified', authors: ['Sarao Mannelli, Stefano', 'Krzakala, Florent', 'Urbani, Pierfrancesco', 'Zdeborová, Lenka'], title: 'Passed & spurious: Descent algorithms and local minima in spiked matrix-tensor models', venue: 'International Conference on Machine Learning (ICML)', },
  sarao2019afraid: { key: 'sarao2019afraid', type: 'inproceedings', year: 2019, arxiv: '1907.08226', volume: '32', pending: 'NeurIPS 2019 proceedings URL not found in the stored sources; venue (NeurIPS 2019, vol. 32) verified', authors: ['Sarao Mannelli, Stefano', 'Biroli, Giulio', 'Cammarota, Chiara', 'Krzakala, Florent', 'Zdeborová, Lenka'], title: 'Who is afraid of big bad minima? Analysis of gradient-flow in spiked matrix-tensor models', venue: 'Advances in Neural Information Processing Systems 32 (NeurIPS)', },
  // Phys. Rev. X 10(1), article 011057 (King's College London research-portal record, citing papers); the DOI by
  // APS's scheme 10.1103/<journal>.<volume>.<article> (as for PhysRevE.52.4225 and PhysRevX.10.041044 above)
  sarao2020marvels: { key: 'sarao2020marvels', type: 'article', year: 2020, arxiv: '1812.09066', doi: '10.1103/PhysRevX.10.011057', volume: '10', pages: '011057', authors: ['Sarao Mannelli, Stefano', 'Biroli, Giulio', 'Cammarota, Chiara', 'Krzakala, Florent', 'Urbani, Pierfrancesco', 'Zdeborová, Lenka'], title: 'Marvels and pitfalls of the Langevin algorithm in noisy high-dimensional inference', venue: 'Physical Review X', },
  sarao2020complex: { key: 'sarao2020complex', type: 'inproceedings', year: 2020, arxiv: '2006.06997', volume: '33', pending: 'NeurIPS 2020 proceedings URL not found in the stored sources; venue (NeurIPS 2020) verified (UCL Discovery record)', authors: ['Sarao Mannelli, Stefano', 'Biroli, Giulio', 'Cammarota, Chiara', 'Krzakala, Florent', 'Urbani, Pierfrancesco', 'Zdeborová, Lenka'], title: 'Complex dynamics in simple neural networks: Understanding gradient flow in phase retrieval', venue: 'Advances in Neural Information Processing Systems 33 (NeurIPS)', },
  sarao2020quadratic: { key: 'sarao2020optimization', type: 'inproceedings', year: 2020, arxiv: '2006.15459', volume: '33', pages: '13445--13455', pending: 'NeurIPS 2020 proceedings URL not found in the stored sources; venue (NeurIPS 2020, vol. 33) and pages 13445-13455 verified', authors: ['Sarao Mannelli, Stefano', 'Vanden-Eijnden, Eric', 'Zdeborová, Lenka'], title: 'Optimization and generalization of shallow neural networks with quadratic activation functions', venue: 'Advances in Neural Information Processing Systems 33 (NeurIPS)', },
  // NeurIPS 2020 proceedings page
  aubin2020: { key: 'aubin2020generalization', type: 'inproceedings', year: 2020, arxiv: '2006.06560', url: 'https://papers.neurips.cc/paper/2020/hash/8f4576ad85410442a74ee3a7683757b3-Abstract.html', authors: ['Aubin, Benjamin', 'Krzakala, Florent', 'Lu, Yue M.', 'Zdeborová, Lenka'], title: 'Generalization error in high-dimensional perceptrons: Approaching Bayes error with convex optimization', venue: 'Advances in Neural Information Processing Systems 33 (NeurIPS)', },
  // APS record (journals.aps.org/prx/abstract/10.1103/PhysRevX.10.041044)
  goldt2020: { key: 'goldt2020modelling', type: 'article', year: 2020, arxiv: '1909.11500', doi: '10.1103/PhysRevX.10.041044', volume: '10', pages: '041044', authors: ['Goldt, Sebastian', 'Mézard, Marc', 'Krzakala, Florent', 'Zdeborová, Lenka'], title: 'Modelling the influence of data structure on learning in neural networks: The hidden manifold model', venue: 'Physical Review X', },
  // ICML 2020, PMLR 119 page (as cited with its pages 3452-3462)
  gerace2020: { key: 'gerace2020generalisation', type: 'inproceedings', year: 2020, arxiv: '2002.09339', url: 'https://proceedings.mlr.press/v119/gerace20a.html', volume: '119', pages: '3452--3462', authors: ['Gerace, Federica', 'Loureiro, Bruno', 'Krzakala, Florent', 'Mézard, Marc', 'Zdeborová, Lenka'], title: 'Generalisation error in learning with random features and the hidden manifold model', venue: 'International Conference on Machine Learning (ICML)', },
  // NeurIPS 2019: the proceedings' own metadata record (paper_files/paper/2019/file/2f3c6a4c…-Metadata.json, pages 8366-8377); its page
  aubin2019: { key: 'aubin2019spiked', type: 'inproceedings', year: 2019, arxiv: '1905.12385', url: 'https://papers.nips.cc/paper_files/paper/2019/hash/2f3c6a4cd8af177f6456e7e51a916ff3-Abstract.html', pages: '8366--8377', authors: ['Aubin, Benjamin', 'Loureiro, Bruno', 'Maillard, Antoine', 'Krzakala, Florent', 'Zdeborová, Lenka'], title: 'The spiked matrix model with generative priors', venue: 'Advances in Neural Information Processing Systems 32 (NeurIPS)', },
} as const satisfies Record<string, Paper>;

/** The papers of each model, in the order they are cited (the chapters' own prose order). */
export const BIBLIOGRAPHY: Readonly<Record<string, readonly Paper[]>> = {
  glm: [P.barbier2019, P.rangan2011],
  committee: [P.aubin2018],
  sgd: [P.saad1995, P.goldt2019, P.veiga2022],
  landscapes: [P.sarao2019passed, P.sarao2019afraid, P.sarao2020marvels, P.sarao2020complex, P.sarao2020quadratic],
  erm: [P.aubin2020],
  hmm: [P.goldt2020, P.gerace2020],
  spiked: [P.aubin2019],
};

/** A figure's papers: those of its model named by `cites` (BibTeX keys, in that order), or all of the model's. */
export function figurePapers(model: string, cites?: readonly string[]): readonly Paper[] {
  const all = BIBLIOGRAPHY[model] ?? [];
  return cites ? cites.map((k) => all.find((p) => p.key === k)).filter((p): p is Paper => p !== undefined) : all;
}
