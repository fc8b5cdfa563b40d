import { useEffect, useRef, useState } from 'react'
import type { FormInstance } from 'antd'
import { currentRouteKey, registerDraft, takeDraft } from '../api/drafts'

/**
 * Fills a form from its stored record and keeps its unsaved input across a re-login: a draft saved before the browser
 * left for the login page wins over the record; later re-reads refresh the form only while the user has not edited it.
 */
export function useFormDraft<R, V>(form: FormInstance<V>, record: R | undefined, toValues: (record: R) => V) {
  const routeKey = useRef(currentRouteKey()).current
  const dirty = useRef(false)
  const [restored, setRestored] = useState(false)

  useEffect(() => {
    const draft = takeDraft<V>(routeKey)
    if (draft) {
      form.setFieldsValue(draft as never)
      dirty.current = true
      setRestored(true)
    } else if (record !== undefined && !dirty.current) {
      form.setFieldsValue(toValues(record) as never)
    }
  }, [record, form, routeKey]) // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => registerDraft(routeKey, () => (dirty.current ? form.getFieldsValue(true) : undefined)), [form, routeKey])

  return {
    restored,
    markDirty: () => { dirty.current = true },
    markSaved: () => { dirty.current = false },
    /** Whether the user changed something not saved yet (read when they try to leave). */
    isDirty: () => dirty.current,
  }
}
