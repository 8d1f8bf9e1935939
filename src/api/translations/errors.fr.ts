import type { LoketErrorKind } from '../errors.js';

export default {
  'network': 'Impossible de joindre le Loket. Vérifiez votre connexion internet et réessayez.',
  'cross-origin': "L'API du Loket n'est pas accessible depuis ce site. Mettez en place un renvoi sur votre propre domaine ; voir le guide d'installation.",
  'timeout': 'Le Loket ne répond pas à temps. Réessayez dans un instant.',
  'aborted': 'La demande a été annulée.',
  'unauthorized': 'Votre session a expiré. Veuillez vous reconnecter.',
  'forbidden': "Vous n'avez pas accès à ces données.",
  'not-found': 'Ces données sont introuvables. Elles ont peut-être été supprimées.',
  'conflict': 'Ces données ont été modifiées entre-temps. Rechargez-les et réessayez.',
  'validation': 'Certaines données ne sont pas correctes. Vérifiez les champs et réessayez.',
  'rate-limited': 'Trop de demandes. Patientez un instant et réessayez.',
  'server': "Une erreur s'est produite du côté du Loket. Réessayez plus tard.",
  'bad-response': 'Le Loket a renvoyé une réponse inattendue. Réessayez plus tard.',
} satisfies Record<LoketErrorKind, string>;
