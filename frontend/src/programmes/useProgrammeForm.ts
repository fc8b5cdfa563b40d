import { useState } from 'react'
import { App, type FormInstance } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { ApiError } from '../api/problem'
import { showServerErrors, withoutBlanks } from '../forms/serverErrors'
import { useFormDraft } from '../forms/useFormDraft'
import type { FieldWords } from '../ui/fieldNames'
import { problemText } from './lifecycle'

/** A failed save in words: field errors on their fields (and listed), any other refusal from its code, never the service's English. */
export function saveErrors<V>(form: FormInstance<V>, error: Error, isShownField: (name: (string | number)[]) => boolean, words: FieldWords, t: TFunction): string[] {
  if (error instanceof ApiError && error.status !== 412 && (error.problem?.errors?.length ?? 0) > 0) {
    return showServerErrors(form, error, isShownField, words, t)
  }
  return [problemText(error, t)]
}

interface Options<R, V, Saved> {
  form: FormInstance<V>
  record: R | undefined
  toValues: (record: R) => V
  save: (values: V) => Promise<Saved>
  /** Query keys to refresh after saving (lists, the record). */
  invalidate: readonly (readonly unknown[])[]
  savedText: string
  /** Where to go after saving. */
  next: (saved: Saved) => string
  isShownField: (name: (string | number)[]) => boolean
  words: FieldWords
}

/** What every programmes form shares: the kept draft, saving with blanks left out, the errors in words, then on to the record. */
export function useProgrammeForm<R, V, Saved>(options: Options<R, V, Saved>) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [errors, setErrors] = useState<string[]>([])
  const draft = useFormDraft(options.form, options.record, options.toValues)
  const mutation = useMutation({
    mutationFn: (values: V) => options.save(withoutBlanks(values)),
    onSuccess: async (saved) => {
      draft.markSaved()
      for (const key of options.invalidate) await queryClient.invalidateQueries({ queryKey: key })
      void message.success(options.savedText)
      void navigate(options.next(saved))
    },
    onError: (error) => setErrors(saveErrors(options.form, error, options.isShownField, options.words, t)),
  })
  return {
    draft,
    errors,
    saving: mutation.isPending,
    submit: () => { setErrors([]); mutation.mutate(options.form.getFieldsValue(true)) },
  }
}

/** Dates and times stay ISO strings in a form's values (and so in a kept draft); the pickers work with dayjs. */
export { isoDate, isoTime } from './pickers'
