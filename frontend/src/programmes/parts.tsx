import { useState, type ReactNode } from 'react'
import { Alert, App } from 'antd'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { ApiError } from '../api/problem'
import { ErrorSummary } from '../forms/ErrorSummary'
import type { Revision } from '../api/types'
import { formatDate, formatInstant } from '../app/format'
import { BilingualName } from '../ui/BilingualName'
import { Facts } from '../ui/Facts'
import { fieldErrorLine } from '../ui/fieldErrors'
import type { FieldWords } from '../ui/fieldNames'
import { HistoryTab, type Comparison } from '../ui/HistoryTab'
import { LifecyclePanel, type StepStatus } from '../ui/LifecyclePanel'
import { StateTag } from '../ui/StateTag'
import { historyAction, reachedBy, unitName } from './lifecycle'
import { selectionProblemText } from './selection'
import type { ApplicationResponse } from './types'

/** What an applicant declared, as the office and the applicant read it, or as a reviewer does (without who or unit). */
type AnsweredApplication = Pick<ApplicationResponse, 'choices' | 'statement' | 'gpa' | 'yearOfStudy' | 'languageResults' | 'submittedAt'>
  & Partial<Pick<ApplicationResponse, 'homeUnit' | 'updatedAt'>>

type StateKind = 'callState' | 'applicationState' | 'briefingState' | 'registrationState' | 'reviewStatus' | 'allocationOutcome'
  | 'mobilityState' | 'grantState'

/** A programmes record's state as a Badge, named in the current language. */
export function ProgrammeState({ kind, state }: { kind: StateKind; state: string }) {
  const { t } = useTranslation()
  return <StateTag state={state} label={stateWord(t, kind)(state)} />
}

export const stateWord = (t: TFunction, kind: StateKind) => (state: string) =>
  t(`${kind}.${state}` as 'callState.open', { defaultValue: state })

/** Who changed what and when, and two versions compared, with the record's own field words. */
export function ProgrammeHistory({ queryKey, versions, compare, words, kind }: {
  queryKey: readonly unknown[]
  versions: () => Promise<Revision[]>
  compare: (from: number, to: number) => Promise<Comparison>
  words: FieldWords
  kind: StateKind
}) {
  const { t } = useTranslation()
  return <HistoryTab queryKey={queryKey} versions={versions} compare={compare} words={words}
    action={(action) => historyAction(action, stateWord(t, kind), t)} />
}

export interface LifecycleProps<S extends string> {
  id: string
  title: string
  kind: StateKind
  transitionKind: 'callTransition' | 'applicationTransition' | 'briefingTransition' | 'mobilityTransition' | 'grantTransition'
  state: S
  initial: S
  steps: { state: S; status: StepStatus }[]
  allowed: readonly S[]
  versionsKey: readonly unknown[]
  versions?: () => Promise<Revision[]>
  move: (to: S, reason?: string) => Promise<unknown>
  /** Invalidated after a move (the record, the lists). */
  invalidate: readonly (readonly unknown[])[]
  needsReason?: (to: S) => boolean
  danger?: (to: S) => boolean
  words: FieldWords
  incomplete: string
  moved: (state: string) => string
}

/**
 * A programmes record's lifecycle: its steps with who and when (from its history, when the caller may read it), a
 * button for each transition the service allows the caller now, and the service's refusals in words.
 */
export function ProgrammeLifecycle<S extends string>(props: LifecycleProps<S>) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [errors, setErrors] = useState<string[]>([])
  const versions = useQuery({ queryKey: props.versionsKey, enabled: props.versions !== undefined, queryFn: () => props.versions!() })
  const word = stateWord(t, props.kind)

  const move = useMutation({
    mutationFn: ({ to, reason }: { to: S; reason?: string }) => props.move(to, reason),
    onSuccess: async (_, { to }) => {
      setErrors([])
      for (const key of props.invalidate) await queryClient.invalidateQueries({ queryKey: key })
      void message.success(props.moved(word(to)))
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 412) setErrors([t('form.stale')])
      else if (error instanceof ApiError && (error.problem?.errors?.length ?? 0) > 0) {
        setErrors([props.incomplete, ...(error.problem?.errors ?? []).map((e) => fieldErrorLine(e, props.words, t))])
      } else setErrors([selectionProblemText(error, t)])
    },
  })

  const reached = reachedBy<S>(versions.data ?? [], props.initial)
  return (
    <LifecyclePanel
      id={props.id}
      title={props.title}
      current={props.state}
      steps={props.steps.map((step) => ({
        ...step,
        title: word(step.state),
        ...(step.status === 'wait' ? {} : { who: reached[step.state]?.who, when: formatDate(reached[step.state]?.when) }),
      }))}
      transitions={props.allowed.map((to) => ({
        to, label: t(`${props.transitionKind}.${to}` as 'callTransition.open', { defaultValue: to }),
        needsReason: props.needsReason?.(to), danger: props.danger?.(to),
      }))}
      moving={move.isPending ? move.variables?.to : undefined}
      onMove={(to, reason) => move.mutate({ to: to as S, reason })}
      errors={errors}
    />
  )
}

export { fromQuery } from '../ui/ListPage'

/** Above every programmes form: a kept draft put back, then what the last save was refused for. */
export function FormNotices({ restored, errors }: { restored: boolean; errors: string[] }) {
  const { t } = useTranslation()
  return <>
    {restored && <Alert type="info" showIcon title={t('form.draftRestored')} style={{ marginBottom: 16 }} closable />}
    <ErrorSummary errors={errors} />
  </>
}


/** An application's facts as the applicant gave them, for its applicant's page and the office's. */
export function ApplicationFacts({ record, call, anonymous = false }: {
  record: AnsweredApplication
  call?: ReactNode
  /** For a reviewer: neither who applied nor their unit. */
  anonymous?: boolean
}) {
  const { t } = useTranslation()
  return (
      <Facts facts={[
        ...(anonymous ? [] : [
          { key: 'call', label: t('application.call'), value: call },
          { key: 'unit', label: t('application.homeUnit'), value: unitName(record.homeUnit, t) },
        ]),
        { key: 'choices', label: t('application.choices'), wide: true, value: (record.choices ?? []).length > 0 && (
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>{[...(record.choices ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((choice) => (
            <li key={choice.institutionId}><BilingualName name={choice.name} /></li>))}</ol>
        ) },
        { key: 'gpa', label: t('application.gpa'), value: record.gpa },
        { key: 'year', label: t('application.yearOfStudy'), value: record.yearOfStudy },
        { key: 'language', label: t('application.languageResults'), wide: true,
          value: (record.languageResults ?? []).map((r) => `${r.test} ${r.score}`).join(t('chart.listSeparator')) },
        { key: 'statement', label: t('application.statement'), wide: true, value: record.statement && <span style={{ whiteSpace: 'pre-wrap' }}>{record.statement}</span> },
        { key: 'submitted', label: t('application.submittedAt'), value: formatInstant(record.submittedAt) },
        ...(anonymous ? [] : [{ key: 'updated', label: t('application.updatedAt'), value: formatInstant(record.updatedAt) }]),
      ]} />
  )
}
