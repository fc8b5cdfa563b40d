import { describe, expect, it } from 'vitest'
import { createI18n } from '../i18n/i18n'
import { ApiError } from '../api/problem'
import { formatMoney, homeCredits, instalmentsAddUp } from './MobilitiesPage'
import { officeNeedsReason } from './OfficeApplicationPage'
import {
  assignableReviewers, reasonText, reviewStatus, scoresToSend, selectionProblemText, unrankedOf, weightedScore, type ReasonWords,
} from './selection'

const criteria = [
  { code: 'grades', title: { zh: '学业成绩', en: 'Grades' }, weight: 60 },
  { code: 'motivation', title: { zh: '个人陈述', en: 'Motivation' }, weight: 40 },
]
const words: ReasonWords = {
  destination: (id) => ({ nus: 'National University of Singapore', ntu: 'Nanyang Technological University' }[id] ?? id),
  criterion: (code) => criteria.find((c) => c.code === code)?.title.en ?? code,
  reviewer: (username) => (username === 'zhao.min' ? 'Min Zhao' : username),
}

const en = createI18n('en').t
const zh = createI18n('zh-CN').t

describe('selection in words', () => {

  it('words the allocation’s explanation with the destination’s name, never its id', () => {
    const full = { code: 'choice-full', params: { choice: 1, destination: 'nus', places: 2, lastPlaceRank: 7 } }
    expect(reasonText(full, words, en))
      .toBe('Choice 1 (National University of Singapore, places: 2) was full at this rank: its last place went to rank 7')
    expect(reasonText({ code: 'allocated', params: { choice: 2, destination: 'ntu' } }, words, en))
      .toBe('Allocated to choice 2 (Nanyang Technological University)')
    expect(reasonText({ code: 'waitlisted', params: { position: 3 } }, words, zh)).toBe('所有志愿均已满：候补第 3 位')
    expect(reasonText({ code: 'choice-without-places', params: { choice: 3, destination: 'nus' } }, words, zh))
      .toBe('第 3 志愿（National University of Singapore）本期无名额')
  })

  it('names the reviewer and the criteria still to score, and the criterion a tie was broken on', () => {
    expect(reasonText({ code: 'scores-missing', params: { reviewer: 'zhao.min', criteria: ['grades', 'motivation'] } }, words, en))
      .toBe('Min Zhao has not scored Grades, Motivation yet')
    expect(reasonText({ code: 'tie-criterion', params: { criterion: 'grades' } }, words, zh)).toBe('与上一名总分相同，上一名在“Grades”上得分更高')
    expect(reasonText({ code: 'no-reviewer' }, words, zh)).toBe('尚未分配无利益冲突的评审人')
    expect(reasonText({ code: 'something-new' }, words, en)).toBe('something-new')
  })

  it('reads the unranked applications from a 409 selection-incomplete, and words the other refusals', () => {
    const incomplete = new ApiError(409, {
      type: 'urn:meridian:problem:selection-incomplete', title: 'Selection incomplete',
      unranked: [{ applicationId: 'a1', missing: [{ code: 'no-reviewer', params: {} }] }],
    })
    expect(unrankedOf(incomplete)).toEqual([{ applicationId: 'a1', missing: [{ code: 'no-reviewer', params: {} }] }])
    expect(unrankedOf(new ApiError(409, { type: 'urn:meridian:problem:allocation-stale' }))).toEqual([])
    expect(selectionProblemText(new ApiError(409, { type: 'urn:meridian:problem:allocation-stale', detail: 'English' }), zh))
      .toBe('名额分配之后申请或评分有变动：公布结果前请重新分配。')
    expect(selectionProblemText(incomplete, en)).toBe('The allocation cannot run until every application is fully scored.')
    expect(selectionProblemText(new ApiError(412, {}), en)).toBe('Someone else changed this record in the meantime; reload it and try again.')
  })
})

describe('a reviewer’s scores', () => {
  it('weighs the scores as the ranking does, over what is scored so far', () => {
    expect(weightedScore(criteria, {})).toBeUndefined()
    expect(weightedScore(criteria, { grades: 80, motivation: 65 })).toBe(74)
    expect(weightedScore(criteria, { grades: 85 })).toBe(51)
    expect(weightedScore(criteria, { grades: 81, motivation: 72 })).toBe(77.4)
  })

  it('sends only the criteria given a score', () => {
    expect(scoresToSend(criteria, { grades: 0, motivation: null, other: 5 })).toEqual({ grades: 0 })
  })

  it('says where a reviewer stands with an assignment', () => {
    expect(reviewStatus({ criteria, scores: {} })).toBe('to_score')
    expect(reviewStatus({ criteria, scores: { grades: 70 } })).toBe('scoring')
    expect(reviewStatus({ criteria, scores: { grades: 70, motivation: 50 } })).toBe('scored')
    expect(reviewStatus({ criteria, scores: { grades: 70 }, conflictDeclared: true })).toBe('conflict_declared')
  })

  it('offers the office only the call’s reviewers not yet on an application', () => {
    expect(assignableReviewers(['zhao.min', 'liu.qiang'], [{ reviewer: 'zhao.min' }])).toEqual(['liu.qiang'])
  })
})

describe('mobilities, grants and the office’s moves', () => {
  it('shows amounts in their currency’s ISO 4217 decimals', () => {
    expect(formatMoney(12000, 'CNY', 'en')).toBe('12,000.00 CNY')
    expect(formatMoney(150000, 'JPY', 'zh-CN')).toBe('150,000 JPY')
    expect(formatMoney(undefined, 'CNY', 'en')).toBe('')
  })

  it('checks that instalments add up to the amount, to the cent', () => {
    expect(instalmentsAddUp(1000.1, [{ amount: 500.05 }, { amount: 500.05 }])).toBe(true)
    expect(instalmentsAddUp(1000, [{ amount: 600 }, { amount: 300 }])).toBe(false)
    expect(instalmentsAddUp(1000, [])).toBe(true)
  })

  it('adds up the home credits of a learning agreement', () => {
    expect(homeCredits([{ homeCredits: 2.5 }, { homeCredits: 3 }, {}])).toBe(5.5)
  })

  it('asks the office for a reason where the service refuses a move without one', () => {
    expect(officeNeedsReason('under_review', 'rejected')).toBe(true)
    expect(officeNeedsReason('nominated', 'rejected_by_host')).toBe(true)
    expect(officeNeedsReason('ineligible', 'eligible')).toBe(true)
    expect(officeNeedsReason('selected', 'nominated')).toBe(false)
  })
})
