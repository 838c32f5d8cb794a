import { defineRoutesSetup } from '@slidev/types'

/**
 * The reading mode (« mode lecture », README): `/lecture` lists the chapters, `/lecture/<chapter>` shows one chapter as
 * a responsive page, one section per slide (`#diapositive-<N>`). Route-level code splitting: nothing of it is in the
 * first slide's payload. Static paths rank above Slidev's `/:no`, so the order of the list does not matter.
 */
export default defineRoutesSetup(routes => [
  ...routes,
  {
    name: 'lecture',
    path: '/lecture',
    component: () => import('../components/reading/LectureIndex.vue'),
  },
  {
    name: 'lecture-chapitre',
    path: '/lecture/:chapter',
    component: () => import('../components/reading/LectureChapter.vue'),
  },
])
