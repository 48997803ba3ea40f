/**
 * The papers each model rests on, keyed by model id (the chapters' ids, including erm, hmm and
 * spiked, being added in parallel). The one bibliography of the project: the "Cite" entry of every
 * figure menu and nothing else reads it.
 *
 * Identifiers: arXiv ids are those of ../shared/PHYSICS.md (the equations' sources); a DOI is given only
 * where it was checked against a publisher or index record (2026-12-07: PNAS record of Barbier et al.,
 * ADS record of Veiga et al.). Others are left out rather than guessed — journal versions of several of
 * these papers exist (J. Stat. Mech., Phys. Rev.), add their DOIs once checked.
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
  volume?: string;
  pages?: string;
}

const P = {
  barbier2019: { key: 'barbier2019optimal', type: 'article', year: 2019, arxiv: '1708.03395', doi: '10.1073/pnas.1802705116', volume: '116', pages: '5451--5460', authors: ['Barbier, Jean', 'Krzakala, Florent', 'Macris, Nicolas', 'Miolane, Léo', 'Zdeborová, Lenka'], title: 'Optimal errors and phase transitions in high-dimensional generalized linear models', venue: 'Proceedings of the National Academy of Sciences', },
  rangan2011: { key: 'rangan2011generalized', type: 'inproceedings', year: 2011, arxiv: '1010.5141', authors: ['Rangan, Sundeep'], title: 'Generalized approximate message passing for estimation with random linear mixing', venue: 'IEEE International Symposium on Information Theory (ISIT)', },
  aubin2018: { key: 'aubin2018committee', type: 'inproceedings', year: 2018, arxiv: '1806.05451', authors: ['Aubin, Benjamin', 'Maillard, Antoine', 'Barbier, Jean', 'Krzakala, Florent', 'Macris, Nicolas', 'Zdeborová, Lenka'], title: 'The committee machine: Computational to statistical gaps in learning a two-layers neural network', venue: 'Advances in Neural Information Processing Systems 31 (NeurIPS)', },
  saad1995: { key: 'saad1995online', type: 'article', year: 1995, volume: '52', pages: '4225', authors: ['Saad, David', 'Solla, Sara A.'], title: 'On-line learning in soft committee machines', venue: 'Physical Review E', },
  goldt2019: { key: 'goldt2019dynamics', type: 'inproceedings', year: 2019, arxiv: '1906.08632', authors: ['Goldt, Sebastian', 'Advani, Madhu S.', 'Saxe, Andrew M.', 'Krzakala, Florent', 'Zdeborová, Lenka'], title: 'Dynamics of stochastic gradient descent for two-layer neural networks in the teacher-student setup', venue: 'Advances in Neural Information Processing Systems 32 (NeurIPS)', },
  veiga2022: { key: 'veiga2022phase', type: 'inproceedings', year: 2022, arxiv: '2202.00293', doi: '10.1088/1742-5468/ad01b1', authors: ['Veiga, Rodrigo', 'Stephan, Ludovic', 'Loureiro, Bruno', 'Krzakala, Florent', 'Zdeborová, Lenka'], title: 'Phase diagram of stochastic gradient descent in high-dimensional two-layer neural networks', venue: 'Advances in Neural Information Processing Systems 35 (NeurIPS); J. Stat. Mech. (2023) 114008', },
  sarao2019passed: { key: 'sarao2019passed', type: 'inproceedings', year: 2019, arxiv: '1902.00139', authors: ['Sarao Mannelli, Stefano', 'Krzakala, Florent', 'Urbani, Pierfrancesco', 'Zdeborová, Lenka'], title: 'Passed & spurious: Descent algorithms and local minima in spiked matrix-tensor models', venue: 'International Conference on Machine Learning (ICML)', },
  sarao2019afraid: { key: 'sarao2019afraid', type: 'inproceedings', year: 2019, arxiv: '1907.08226', authors: ['Sarao Mannelli, Stefano', 'Biroli, Giulio', 'Cammarota, Chiara', 'Krzakala, Florent', 'Zdeborová, Lenka'], title: 'Who is afraid of big bad minima? Analysis of gradient-flow in spiked matrix-tensor models', venue: 'Advances in Neural Information Processing Systems 32 (NeurIPS)', },
  sarao2020marvels: { key: 'sarao2020marvels', type: 'article', year: 2020, arxiv: '1812.09066', authors: ['Sarao Mannelli, Stefano', 'Biroli, Giulio', 'Cammarota, Chiara', 'Krzakala, Florent', 'Urbani, Pierfrancesco', 'Zdeborová, Lenka'], title: 'Marvels and pitfalls of the Langevin algorithm in noisy high-dimensional inference', venue: 'Physical Review X', },
  sarao2020complex: { key: 'sarao2020complex', type: 'inproceedings', year: 2020, arxiv: '2006.06997', authors: ['Sarao Mannelli, Stefano', 'Biroli, Giulio', 'Cammarota, Chiara', 'Krzakala, Florent', 'Urbani, Pierfrancesco', 'Zdeborová, Lenka'], title: 'Complex dynamics in simple neural networks: Understanding gradient flow in phase retrieval', venue: 'Advances in Neural Information Processing Systems 33 (NeurIPS)', },
  sarao2020quadratic: { key: 'sarao2020optimization', type: 'inproceedings', year: 2020, arxiv: '2006.15459', authors: ['Sarao Mannelli, Stefano', 'Vanden-Eijnden, Eric', 'Zdeborová, Lenka'], title: 'Optimization and generalization of shallow neural networks with quadratic activation functions', venue: 'Advances in Neural Information Processing Systems 33 (NeurIPS)', },
  aubin2020: { key: 'aubin2020generalization', type: 'inproceedings', year: 2020, arxiv: '2006.06560', authors: ['Aubin, Benjamin', 'Krzakala, Florent', 'Lu, Yue M.', 'Zdeborová, Lenka'], title: 'Generalization error in high-dimensional perceptrons: Approaching Bayes error with convex optimization', venue: 'Advances in Neural Information Processing Systems 33 (NeurIPS)', },
  goldt2020: { key: 'goldt2020modelling', type: 'article', year: 2020, arxiv: '1909.11500', authors: ['Goldt, Sebastian', 'Mézard, Marc', 'Krzakala, Florent', 'Zdeborová, Lenka'], title: 'Modelling the influence of data structure on learning in neural networks: The hidden manifold model', venue: 'Physical Review X', },
  gerace2020: { key: 'gerace2020generalisation', type: 'inproceedings', year: 2020, arxiv: '2002.09339', authors: ['Gerace, Federica', 'Loureiro, Bruno', 'Krzakala, Florent', 'Mézard, Marc', 'Zdeborová, Lenka'], title: 'Generalisation error in learning with random features and the hidden manifold model', venue: 'International Conference on Machine Learning (ICML)', },
  aubin2019: { key: 'aubin2019spiked', type: 'inproceedings', year: 2019, arxiv: '1905.12385', authors: ['Aubin, Benjamin', 'Loureiro, Bruno', 'Maillard, Antoine', 'Krzakala, Florent', 'Zdeborová, Lenka'], title: 'The spiked matrix model with generative priors', venue: 'Advances in Neural Information Processing Systems 32 (NeurIPS)', },
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
