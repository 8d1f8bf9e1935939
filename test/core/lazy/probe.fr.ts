export default { title: 'Bonjour (chargé à la demande)' };
