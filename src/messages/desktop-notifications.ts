/**
 * Desktop notifications, strictly opt-in: the permission prompt is only ever shown from a user
 * gesture (browsers ignore or penalise prompts that are not), and nothing is shown without it.
 */
export type DesktopPermission = NotificationPermission | 'unsupported';

export function desktopPermission(): DesktopPermission {
  return typeof Notification === 'function' ? Notification.permission : 'unsupported';
}

/** Call from a click handler only. */
export async function requestDesktopPermission(): Promise<DesktopPermission> {
  if (typeof Notification !== 'function') return 'unsupported';
  try {
    return await Notification.requestPermission();
  } catch {
    return desktopPermission();
  }
}

export interface DesktopMessage {
  title: string;
  body: string;
  /** Same tag replaces the previous notification instead of stacking another. */
  tag: string;
  onClick?: () => void;
}

export function showDesktopNotification(message: DesktopMessage): void {
  if (desktopPermission() !== 'granted') return;
  try {
    const notification = new Notification(message.title, { body: message.body, tag: message.tag });
    if (message.onClick) {
      notification.onclick = () => {
        globalThis.focus?.();
        message.onClick?.();
        notification.close();
      };
    }
  } catch {
    // Some platforms only allow notifications from a service worker; the badge still tells.
  }
}
