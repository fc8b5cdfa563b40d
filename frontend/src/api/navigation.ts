/**
 * The one place that leaves the SPA for a full-page navigation (login). A seam so tests can observe the target:
 * jsdom does not implement navigation.
 */
export const navigation = {
  assign(url: string): void {
    window.location.assign(url)
  },
}
