<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Could not count the deliveries per period: %1</source>
        <translation>Impossible de compter les livraisons par période : %1</translation>
    </message>
    <message>
        <source>Could not compute the response times: %1</source>
        <translation>Impossible de calculer les temps de réponse : %1</translation>
    </message>
</context>
<context>
    <name>AttemptRepository</name>
    <message>
        <source>Could not record an attempt of delivery %1: %2</source>
        <translation>Impossible d’enregistrer une tentative de la livraison %1 : %2</translation>
    </message>
    <message>
        <source>Could not delete old attempts: %1</source>
        <translation>Impossible de supprimer les anciennes tentatives : %1</translation>
    </message>
    <message>
        <source>Could not read the attempts: %1</source>
        <translation>Impossible de lire les tentatives : %1</translation>
    </message>
    <message>
        <source>A stored attempt of delivery %1 is damaged.</source>
        <translation>Une tentative enregistrée de la livraison %1 est endommagée.</translation>
    </message>
</context>
<context>
    <name>AttemptText</name>
    <message>
        <source>No response</source>
        <translation>Aucune réponse</translation>
    </message>
    <message>
        <source>[… the rest of the body was not kept]</source>
        <translation>[… le reste du corps n’a pas été conservé]</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>redelivery</source>
        <translation>nouvelle livraison</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>Attempt %1 · %2 · %3 · %4 ms</source>
        <translation>Tentative %1 · %2 · %3 · %4 ms</translation>
    </message>
    <message>
        <source> · by %1</source>
        <translation> · par %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Aucune réponse : %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>relaisctl: %1</source>
        <translation>relaisctl: %1</translation>
    </message>
</context>
<context>
    <name>CliInput</name>
    <message>
        <source>Id or name.</source>
        <translation>ID ou nom.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>utilisation : %1</translation>
    </message>
    <message>
        <source>no webhook “%1”.</source>
        <translation>aucun webhook « %1 ».</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>the data is not valid JSON (at byte %1: %2).</source>
        <translation>les données ne sont pas du JSON valide (à l’octet %1 : %2).</translation>
    </message>
    <message>
        <source>the data must be a JSON object ({…}).</source>
        <translation>les données doivent être un objet JSON ({…}).</translation>
    </message>
    <message>
        <source>no catalog event matches this webhook&apos;s patterns; name one with --event TYPE.</source>
        <translation>aucun événement du catalogue ne correspond aux motifs de ce webhook ; indiquez-en un avec --event TYPE.</translation>
    </message>
    <message>
        <source>“%1” is not in the catalog: give its data with --data JSON or --data @file.</source>
        <translation>« %1 » n’est pas dans le catalogue : fournissez ses données avec --data JSON ou --data @fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a time: use an ISO date-time such as 2026-11-22T10:00:00Z, or 30m, 2h, 7d for a time ago.</source>
        <translation>« %1 » n’est pas une date : utilisez une date et heure ISO comme 2026-11-22T10:00:00Z, ou 30m, 2h, 7d pour remonter dans le temps.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation>Impossible de lire la version du schéma : %1</translation>
    </message>
    <message>
        <source>The schema version “%1” in the meta table is not a number; the database is damaged.</source>
        <translation>La version de schéma « %1 » de la table meta n’est pas un nombre ; la base de données est endommagée.</translation>
    </message>
    <message>
        <source>The database %1 was created by a newer Relais (schema %2, this program knows %3); upgrade Relais.</source>
        <translation>La base de données %1 a été créée par une version plus récente de Relais (schéma %2 ; ce programme connaît le schéma %3) ; mettez Relais à jour.</translation>
    </message>
    <message>
        <source>There is no schema version %1; this program knows versions 0 to %2.</source>
        <translation>Il n’existe pas de version de schéma %1 ; ce programme connaît les versions 0 à %2.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed; install the package %2.</source>
        <translation>Le pilote Qt SQL %1 n’est pas installé ; installez le paquet %2.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Could not start writing to the database: %1</source>
        <translation>Impossible de commencer l’écriture dans la base de données : %1</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>La modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>Impossible d’enregistrer la modification : %1</translation>
    </message>
    <message>
        <source>%1 is not a Relais database (it holds other tables); choose another file.</source>
        <translation>%1 n’est pas une base de données Relais (elle contient d’autres tables) ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 to schema %2 (the change was rolled back; it stays at schema %3): %4</source>
        <translation>Impossible de mettre à jour la base de données %1 vers le schéma %2 (la modification a été annulée ; elle reste au schéma %3) : %4</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written.</source>
        <translation>Le dossier de %1 n’est pas accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Could not count the rows of %1: %2</source>
        <translation>Impossible de compter les lignes de %1 : %2</translation>
    </message>
    <message>
        <source>The column %1.%2 of the source does not exist in the target; open both databases with this version of Relais first.</source>
        <translation>La colonne %1.%2 de la source n’existe pas dans la cible ; ouvrez d’abord les deux bases avec cette version de Relais.</translation>
    </message>
    <message>
        <source>The table %1 has no column %2; the source database is damaged.</source>
        <translation>La table %1 n’a pas de colonne %2 ; la base source est endommagée.</translation>
    </message>
    <message>
        <source>Could not prepare the copy of %1: %2</source>
        <translation>Impossible de préparer la copie de %1 : %2</translation>
    </message>
    <message>
        <source>Could not read %1 from the source: %2</source>
        <translation>Impossible de lire %1 dans la source : %2</translation>
    </message>
    <message>
        <source>Could not copy the row %1 = %2 of %3: %4</source>
        <translation>Impossible de copier la ligne %1 = %2 de %3 : %4</translation>
    </message>
    <message>
        <source>%1 is at schema %2 and %3 at schema %4: open both with this version of Relais first (it upgrades them).</source>
        <translation>%1 est au schéma %2 et %3 au schéma %4 : ouvrez d’abord les deux avec cette version de Relais (elle les met à niveau).</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds tables that this version of Relais does not know how to copy (%2); nothing was copied. Use the Relais that created them.</source>
        <translation>%1 contient des tables que cette version de Relais ne sait pas copier (%2) ; rien n’a été copié. Utilisez le Relais qui les a créées.</translation>
    </message>
    <message>
        <source>Could not start reading %1: %2</source>
        <translation>Impossible de commencer la lecture de %1 : %2</translation>
    </message>
    <message>
        <source>%1 already holds data (%2: %3); nothing was copied. Copy into an empty database (a new SQLite file or a new PostgreSQL database).</source>
        <translation>%1 contient déjà des données (%2 : %3) ; rien n’a été copié. Copiez dans une base vide (un nouveau fichier SQLite ou une nouvelle base PostgreSQL).</translation>
    </message>
    <message>
        <source>Could not move the id sequence of %1: %2</source>
        <translation>Impossible d’avancer la séquence des identifiants de %1 : %2</translation>
    </message>
</context>
<context>
    <name>DatabaseLogin</name>
    <message>
        <source>(The keychain could not be read: %1)</source>
        <translation>(Impossible de lire le trousseau : %1)</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>“%1”: a sqlite URL takes no options; write ? as %3F and # as %23 in a file name.</source>
        <translation>« %1 » : une URL sqlite n’accepte aucune option ; écrivez ? sous la forme %3F et # sous la forme %23 dans un nom de fichier.</translation>
    </message>
    <message>
        <source>“%1”: a sqlite URL has no host; write three slashes before an absolute path, as in sqlite:///home/me/relais.db.</source>
        <translation>« %1 » : une URL sqlite n’a pas d’hôte ; mettez trois barres obliques avant un chemin absolu, comme dans sqlite:///home/me/relais.db.</translation>
    </message>
    <message>
        <source>“%1” names no database file; use %2.</source>
        <translation>« %1 » n’indique aucun fichier de base de données ; utilisez %2.</translation>
    </message>
    <message>
        <source>The database URL contains a password. Remove it from the URL and put the password in the keychain, ~/.pgpass or PGPASSWORD.</source>
        <translation>L’URL de la base de données contient un mot de passe. Retirez-le de l’URL et placez le mot de passe dans le trousseau, dans ~/.pgpass ou dans PGPASSWORD.</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL URL (%2); use %3.</source>
        <translation>« %1 » n’est pas une URL PostgreSQL valide (%2) ; utilisez %3.</translation>
    </message>
    <message>
        <source>“%1”: options after ? are not supported; set them with libpq&apos;s environment variables (PGSSLMODE, …) instead.</source>
        <translation>« %1 » : les options après ? ne sont pas prises en charge ; définissez-les plutôt avec les variables d’environnement de libpq (PGSSLMODE, …).</translation>
    </message>
    <message>
        <source>“%1” names no host; use %2.</source>
        <translation>« %1 » n’indique aucun hôte ; utilisez %2.</translation>
    </message>
    <message>
        <source>“%1”: the port must be between 1 and 65535.</source>
        <translation>« %1 » : le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>“%1” names no database; put its name after the host, as in %2.</source>
        <translation>« %1 » n’indique aucune base de données ; mettez son nom après l’hôte, comme dans %2.</translation>
    </message>
    <message>
        <source>The database URL is empty; use %1.</source>
        <translation>L’URL de la base de données est vide ; utilisez %1.</translation>
    </message>
    <message>
        <source>“%1” is not a database URL: it does not start with sqlite: or postgresql:; use %2.</source>
        <translation>« %1 » n’est pas une URL de base de données : elle ne commence ni par sqlite: ni par postgresql: ; utilisez %2.</translation>
    </message>
    <message>
        <source>“%1” is not a database URL: Relais knows sqlite: and postgresql:, not %2:; use %3.</source>
        <translation>« %1 » n’est pas une URL de base de données : Relais connaît sqlite: et postgresql:, pas %2: ; utilisez %3.</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>RELAIS_DB: %1</source>
        <translation>RELAIS_DB: %1</translation>
    </message>
</context>
<context>
    <name>DbCommands</name>
    <message>
        <source>usage: relaisctl [--db URL] db migrate</source>
        <translation>utilisation : relaisctl [--db URL] db migrate</translation>
    </message>
    <message>
        <source>%1 is already at schema %2 (the latest).</source>
        <translation>%1 est déjà au schéma %2 (le plus récent).</translation>
    </message>
    <message>
        <source>%1: schema %2 → %3</source>
        <translation>%1 : schéma %2 → %3</translation>
    </message>
    <message>
        <source>%1: now at schema %2 (the latest).</source>
        <translation>%1 : désormais au schéma %2 (le plus récent).</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1 : %2</translation>
    </message>
    <message>
        <source>Secrets are not in the database: signing secrets and secret header values stay in the keychain of this machine. Where the copy is used on another machine, set them again (relaisctl webhook edit NAME --secret …).</source>
        <translation>Les secrets ne sont pas dans la base de données : les secrets de signature et les valeurs d’en-têtes secrètes restent dans le trousseau de cette machine. Là où la copie sert sur une autre machine, saisissez-les de nouveau (relaisctl webhook edit NOM --secret …).</translation>
    </message>
    <message>
        <source>The database to copy.</source>
        <translation>La base de données à copier.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The empty database to copy into (created if missing).</source>
        <translation>La base vide où copier (créée si elle n’existe pas).</translation>
    </message>
    <message>
        <source>Print JSON (a stable format).</source>
        <translation>Afficher du JSON (un format stable).</translation>
    </message>
    <message>
        <source>usage: relaisctl db copy --from URL --to URL [--json]</source>
        <translation>utilisation : relaisctl db copy --from URL --to URL [--json]</translation>
    </message>
    <message>
        <source>--from and --to both name %1; copy into another, empty database.</source>
        <translation>--from et --to désignent tous deux %1 ; copiez dans une autre base, vide.</translation>
    </message>
    <message>
        <source>Copying %1: %2 rows so far…</source>
        <translation>Copie de %1 : %2 lignes jusqu’ici…</translation>
    </message>
    <message>
        <source>%1: %2 in the source, %3 in the target</source>
        <translation>%1 : %2 dans la source, %3 dans la cible</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>LIGNES</translation>
    </message>
    <message>
        <source>after the copy, the row counts differ (%1). Was the source changed during the copy? Stop the programs that use it, and copy again into an empty database.</source>
        <translation>après la copie, les nombres de lignes diffèrent (%1). La source a-t-elle changé pendant la copie ? Arrêtez les programmes qui l’utilisent, puis copiez de nouveau dans une base vide.</translation>
    </message>
    <message>
        <source>Copied from %2 to %3: %1 rows in all; the row counts of both databases match.</source>
        <translation>Copié de %2 vers %3 : %1 lignes en tout ; les nombres de lignes des deux bases concordent.</translation>
    </message>
    <message>
        <source>Type the password of %1, then Enter (it is shown as you type):</source>
        <translation>Tapez le mot de passe de %1, puis Entrée (il s’affiche pendant la saisie) :</translation>
    </message>
    <message>
        <source>Remove the password from the keychain.</source>
        <translation>Retirer le mot de passe du trousseau.</translation>
    </message>
    <message>
        <source>usage: relaisctl --db postgresql://USER@HOST/DB db password [--forget] &lt; file</source>
        <translation>utilisation : relaisctl --db postgresql://UTILISATEUR@HÔTE/BASE db password [--forget] &lt; fichier</translation>
    </message>
    <message>
        <source>%1 is an SQLite file, which has no password; db password is for PostgreSQL databases (--db postgresql://USER@HOST:PORT/DB).</source>
        <translation>%1 est un fichier SQLite, qui n’a pas de mot de passe ; db password sert aux bases PostgreSQL (--db postgresql://UTILISATEUR@HÔTE:PORT/BASE).</translation>
    </message>
    <message>
        <source>Removed the password of %1 from the keychain.</source>
        <translation>Mot de passe de %1 retiré du trousseau.</translation>
    </message>
    <message>
        <source>No password on standard input; give it as one line, for example: relaisctl --db URL db password &lt; file</source>
        <translation>Aucun mot de passe sur l’entrée standard ; donnez-le sur une ligne, par exemple : relaisctl --db URL db password &lt; fichier</translation>
    </message>
    <message>
        <source>Stored the password of %1 in the keychain of this machine.</source>
        <translation>Mot de passe de %1 enregistré dans le trousseau de cette machine.</translation>
    </message>
    <message>
        <source>usage: relaisctl [--db URL] db dispatchers [--json]</source>
        <translation>utilisation : relaisctl [--db URL] db dispatchers [--json]</translation>
    </message>
    <message>
        <source>No dispatcher has run on this database in the last week.</source>
        <translation>Aucun répartiteur n’a fonctionné sur cette base au cours de la dernière semaine.</translation>
    </message>
    <message>
        <source>DISPATCHER</source>
        <translation>RÉPARTITEUR</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>LAST HEARTBEAT</source>
        <translation>DERNIER SIGNAL</translation>
    </message>
    <message>
        <source>running</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silencieux</translation>
    </message>
    <message>
        <source>usage: relaisctl db migrate|copy|password|dispatchers …; see relaisctl --help.</source>
        <translation>utilisation : relaisctl db migrate|copy|password|dispatchers … ; voir relaisctl --help.</translation>
    </message>
</context>
<context>
    <name>DeliveryCommands</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Only this webhook.</source>
        <translation>Uniquement ce webhook.</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NOM</translation>
    </message>
    <message>
        <source>pending, delivering, succeeded, failed, exhausted, cancelled or secret-unavailable.</source>
        <translation>pending, delivering, succeeded, failed, exhausted, cancelled ou secret-unavailable.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>Created since: an ISO date-time, or 30m, 2h, 7d ago.</source>
        <translation>Créées depuis : une date et heure ISO, ou il y a 30m, 2h, 7d.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>At most N rows (default 50).</source>
        <translation>Au plus N lignes (50 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON (a stable format).</source>
        <translation>Afficher du JSON (un format stable).</translation>
    </message>
    <message>
        <source>unknown state “%1”.</source>
        <translation>état inconnu « %1 ».</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit attend un nombre positif.</translation>
    </message>
    <message>
        <source>No deliveries.</source>
        <translation>Aucune livraison.</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉE</translation>
    </message>
    <message>
        <source>WEBHOOK</source>
        <translation>WEBHOOK</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>ÉVÉNEMENT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>TENTATIVES</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source> (test)</source>
        <translation> (test)</translation>
    </message>
    <message>
        <source>A delivery id (msg_…).</source>
        <translation>Un ID de livraison (msg_…).</translation>
    </message>
    <message>
        <source>usage: relaisctl deliveries show ID [--json]</source>
        <translation>utilisation : relaisctl deliveries show ID [--json]</translation>
    </message>
    <message>
        <source>no delivery “%1”.</source>
        <translation>aucune livraison « %1 ».</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Attempt %1 · %2 · %3 · %4 ms · %5</source>
        <translation>Tentative %1 · %2 · %3 · %4 ms · %5</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source> (body truncated)</source>
        <translation> (corps tronqué)</translation>
    </message>
    <message>
        <source>Redeliver this webhook&apos;s failed deliveries.</source>
        <translation>Relivrer les livraisons en échec de ce webhook.</translation>
    </message>
    <message>
        <source>Failed or exhausted since: an ISO date-time, or 30m, 2h, 7d ago.</source>
        <translation>En échec ou épuisées depuis : une date et heure ISO, ou il y a 30m, 2h, 7d.</translation>
    </message>
    <message>
        <source>usage: relaisctl deliveries redeliver ID | --webhook W --failed-since T</source>
        <translation>utilisation : relaisctl deliveries redeliver ID | --webhook W --failed-since T</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled %n redelivery(s); a running dispatcher (Relais or relaisctl serve) sends the stored request again.</source>
        <translation>
            <numerusform>%n nouvelle livraison planifiée ; un répartiteur en cours d’exécution (Relais ou relaisctl serve) renvoie la requête enregistrée.</numerusform>
            <numerusform>%n nouvelles livraisons planifiées ; un répartiteur en cours d’exécution (Relais ou relaisctl serve) renvoie les requêtes enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove attempts older than DAYS days.</source>
        <translation>Supprimer les tentatives de plus de JOURS jours.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>usage: relaisctl deliveries purge --older-than DAYS</source>
        <translation>utilisation : relaisctl deliveries purge --older-than JOURS</translation>
    </message>
    <message>
        <source>Removed %1 attempt(s) older than %2 days.</source>
        <translation>%1 tentative(s) de plus de %2 jours supprimée(s).</translation>
    </message>
    <message>
        <source>deliveries needs a subcommand: list, show, redeliver or purge.</source>
        <translation>deliveries attend une sous-commande : list, show, redeliver ou purge.</translation>
    </message>
    <message>
        <source>unknown deliveries subcommand “%1”.</source>
        <translation>sous-commande deliveries inconnue « %1 ».</translation>
    </message>
</context>
<context>
    <name>DeliveryLogView</name>
    <message>
        <source>&amp;All webhooks</source>
        <translation>&amp;Tous les webhooks</translation>
    </message>
    <message>
        <source>Show the deliveries of every webhook, not only the selected one</source>
        <translation>Afficher les livraisons de tous les webhooks, pas seulement du webhook sélectionné</translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation>État de la livraison</translation>
    </message>
    <message>
        <source>Show only deliveries in this state</source>
        <translation>Afficher uniquement les livraisons dans cet état</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Show only deliveries whose last answer was of this kind</source>
        <translation>Afficher uniquement les livraisons dont la dernière réponse est de ce type</translation>
    </message>
    <message>
        <source>Event type…</source>
        <translation>Type d’événement…</translation>
    </message>
    <message>
        <source>Filter by event type</source>
        <translation>Filtrer par type d’événement</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>Selected delivery</source>
        <translation>Livraison sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Redeliver</source>
        <translation>&amp;Relivrer</translation>
    </message>
    <message>
        <source>Send the stored request again now, as a new attempt</source>
        <translation>Renvoyer maintenant la requête enregistrée, sous forme de nouvelle tentative</translation>
    </message>
    <message>
        <source>Attempts of the selected delivery</source>
        <translation>Tentatives de la livraison sélectionnée</translation>
    </message>
    <message>
        <source>Redeliver all &amp;failed…</source>
        <translation>Relivrer tous les &amp;échecs…</translation>
    </message>
    <message>
        <source>Send again every failed or exhausted delivery of this webhook from the last 7 days</source>
        <translation>Renvoyer chaque livraison en échec ou abandonnée de ce webhook au cours des 7 derniers jours</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the deliveries shown as CSV or JSON</source>
        <translation>Enregistrer les livraisons affichées en CSV ou en JSON</translation>
    </message>
    <message>
        <source>Save &amp;body…</source>
        <translation>Enregistrer le &amp;corps…</translation>
    </message>
    <message>
        <source>Attempt shown</source>
        <translation>Tentative affichée</translation>
    </message>
    <message>
        <source>Save the response body of the attempt shown to a file</source>
        <translation>Enregistrer dans un fichier le corps de la réponse de la tentative affichée</translation>
    </message>
    <message>
        <source>Request and response of the chosen attempt</source>
        <translation>Requête et réponse de la tentative choisie</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>Re&amp;quête</translation>
    </message>
    <message>
        <source>Request of the chosen attempt</source>
        <translation>Requête de la tentative choisie</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>Ré&amp;ponse</translation>
    </message>
    <message>
        <source>Response of the chosen attempt</source>
        <translation>Réponse de la tentative choisie</translation>
    </message>
    <message>
        <source>All &amp;attempts</source>
        <translation>&amp;Toutes les tentatives</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d’attente :</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Délai d’attente en secondes</translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation>&amp;Tentatives :</translation>
    </message>
    <message>
        <source>Retry schedule preset</source>
        <translation>Préréglage du calendrier des tentatives</translation>
    </message>
    <message>
        <source>Retry schedule</source>
        <translation>Calendrier des tentatives</translation>
    </message>
    <message>
        <source>0, 5s, 5m, 30m, 2h</source>
        <translation>0, 5s, 5m, 30m, 2h</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Parallélisme :</translation>
    </message>
    <message>
        <source>Requests at a time</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>&amp;Limite de débit :</translation>
    </message>
    <message>
        <source>Requests per second at most</source>
        <translation>Nombre maximal de requêtes par seconde</translation>
    </message>
    <message>
        <source>Auto-&amp;disable:</source>
        <translation>Désactivation &amp;automatique :</translation>
    </message>
    <message>
        <source>Failed deliveries in a row before the webhook is turned off</source>
        <translation>Nombre de livraisons en échec consécutives avant la désactivation du webhook</translation>
    </message>
    <message>
        <source>&amp;Follow redirects (3xx answers)</source>
        <translation>&amp;Suivre les redirections (réponses 3xx)</translation>
    </message>
</context>
<context>
    <name>DeliveryRepository</name>
    <message>
        <source>Could not save the delivery %1: %2</source>
        <translation>Impossible d’enregistrer la livraison %1 : %2</translation>
    </message>
    <message>
        <source>Could not save the outcome of delivery %1: %2</source>
        <translation>Impossible d’enregistrer le résultat de la livraison %1 : %2</translation>
    </message>
    <message>
        <source>Could not read the deliveries: %1</source>
        <translation>Impossible de lire les livraisons : %1</translation>
    </message>
    <message>
        <source>The stored delivery %1 is damaged.</source>
        <translation>La livraison enregistrée %1 est endommagée.</translation>
    </message>
    <message>
        <source>Could not read the delivery: %1</source>
        <translation>Impossible de lire la livraison : %1</translation>
    </message>
    <message>
        <source>Could not count the waiting deliveries: %1</source>
        <translation>Impossible de compter les livraisons en attente : %1</translation>
    </message>
    <message>
        <source>Could not schedule the redelivery: %1</source>
        <translation>Impossible de planifier la nouvelle livraison : %1</translation>
    </message>
    <message>
        <source>Could not schedule the deliveries: %1</source>
        <translation>Impossible de planifier les livraisons : %1</translation>
    </message>
</context>
<context>
    <name>DispatcherRepository</name>
    <message>
        <source>Could not record the dispatcher’s heartbeat: %1</source>
        <translation>Impossible d’enregistrer le signal de vie du répartiteur : %1</translation>
    </message>
    <message>
        <source>Could not record that the dispatcher stopped: %1</source>
        <translation>Impossible d’enregistrer l’arrêt du répartiteur : %1</translation>
    </message>
    <message>
        <source>Could not read the dispatchers: %1</source>
        <translation>Impossible de lire les répartiteurs : %1</translation>
    </message>
</context>
<context>
    <name>EmitEventDialog</name>
    <message>
        <source>Emit event</source>
        <translation>Émettre un événement</translation>
    </message>
    <message>
        <source>Submit an event as a source system would: every enabled webhook it matches gets a delivery.</source>
        <translation>Soumettez un événement comme le ferait un système source : chaque webhook activé auquel il correspond reçoit une livraison.</translation>
    </message>
    <message>
        <source>&amp;Event type:</source>
        <translation>&amp;Type d’événement :</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource :</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Doctype, table, survey or page</source>
        <translation>Doctype, table, questionnaire ou page</translation>
    </message>
    <message>
        <source>Event &amp;data (JSON):</source>
        <translation>&amp;Données de l’événement (JSON) :</translation>
    </message>
    <message>
        <source>Event data</source>
        <translation>Données de l’événement</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>E&amp;mit</source>
        <translation>É&amp;mettre</translation>
    </message>
</context>
<context>
    <name>EmptyStateView</name>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>No webhooks yet</source>
        <translation>Aucun webhook pour l’instant</translation>
    </message>
    <message>
        <source>A webhook tells another system that something happened: Relais sends it an HTTP request, signs it if asked, and retries until the receiver answers.</source>
        <translation>Un webhook signale à un autre système qu’il s’est passé quelque chose : Relais lui envoie une requête HTTP, la signe si on le lui demande et réessaie jusqu’à ce que le destinataire réponde.</translation>
    </message>
    <message>
        <source>&amp;New webhook…</source>
        <translation>&amp;Nouveau webhook…</translation>
    </message>
    <message>
        <source>Create a webhook (Ctrl+N)</source>
        <translation>Créer un webhook (Ctrl+N)</translation>
    </message>
    <message>
        <source>Or from a terminal:</source>
        <translation>Ou depuis un terminal :</translation>
    </message>
    <message>
        <source>Command to create a webhook</source>
        <translation>Commande pour créer un webhook</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>&amp;Copier la commande</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Copier la commande dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Look for new webhooks in the database (F5)</source>
        <translation>Rechercher de nouveaux webhooks dans la base de données (F5)</translation>
    </message>
</context>
<context>
    <name>EncryptionEditor</name>
    <message>
        <source>Field encryption (OpenPGP)</source>
        <translation>Chiffrement de champs (OpenPGP)</translation>
    </message>
    <message>
        <source>&amp;Fields to encrypt, one JSON path per line:</source>
        <translation>&amp;Champs à chiffrer, un chemin JSON par ligne :</translation>
    </message>
    <message>
        <source>Fields to encrypt</source>
        <translation>Champs à chiffrer</translation>
    </message>
    <message>
        <source>&amp;Recipient&apos;s public key (ASCII-armored):</source>
        <translation>Clé &amp;publique du destinataire (armure ASCII) :</translation>
    </message>
    <message>
        <source>Recipient&apos;s OpenPGP public key</source>
        <translation>Clé publique OpenPGP du destinataire</translation>
    </message>
</context>
<context>
    <name>EventCatalog</name>
    <message>
        <source>A respondent and their answers were saved in the ngSurvey database.</source>
        <translation>Un répondant et ses réponses ont été enregistrés dans la base de données ngSurvey.</translation>
    </message>
    <message>
        <source>A Sales Order was saved for the first time.</source>
        <translation>Une commande client a été enregistrée pour la première fois.</translation>
    </message>
    <message>
        <source>A Sales Order was saved.</source>
        <translation>Une commande client a été enregistrée.</translation>
    </message>
    <message>
        <source>A Sales Order was submitted.</source>
        <translation>Une commande client a été validée.</translation>
    </message>
    <message>
        <source>A submitted Sales Order was cancelled.</source>
        <translation>Une commande client validée a été annulée.</translation>
    </message>
    <message>
        <source>A Sales Order was deleted.</source>
        <translation>Une commande client a été supprimée.</translation>
    </message>
    <message>
        <source>An allowed field of a submitted Sales Order was changed.</source>
        <translation>Un champ autorisé d’une commande client validée a été modifié.</translation>
    </message>
    <message>
        <source>The values of a Sales Order changed (any save, submit or cancel).</source>
        <translation>Les valeurs d’une commande client ont changé (enregistrement, validation ou annulation).</translation>
    </message>
    <message>
        <source>A Quotation was saved for the first time.</source>
        <translation>Un devis a été enregistré pour la première fois.</translation>
    </message>
    <message>
        <source>A Quotation was saved.</source>
        <translation>Un devis a été enregistré.</translation>
    </message>
    <message>
        <source>A Quotation was submitted.</source>
        <translation>Un devis a été validé.</translation>
    </message>
    <message>
        <source>A submitted Quotation was cancelled.</source>
        <translation>Un devis validé a été annulé.</translation>
    </message>
    <message>
        <source>A Quotation was deleted.</source>
        <translation>Un devis a été supprimé.</translation>
    </message>
    <message>
        <source>An allowed field of a submitted Quotation was changed.</source>
        <translation>Un champ autorisé d’un devis validé a été modifié.</translation>
    </message>
    <message>
        <source>The values of a Quotation changed (any save, submit or cancel).</source>
        <translation>Les valeurs d’un devis ont changé (enregistrement, validation ou annulation).</translation>
    </message>
    <message>
        <source>A participant left a survey page for another one (the resource is the page left).</source>
        <translation>Un participant a quitté une page du questionnaire pour une autre (la ressource est la page quittée).</translation>
    </message>
    <message>
        <source>A participant completed the survey (the resource is the last page).</source>
        <translation>Un participant a terminé le questionnaire (la ressource est la dernière page).</translation>
    </message>
    <message>
        <source>A row was added to a table (in the web interface, by a web form or through the API).</source>
        <translation>Une ligne a été ajoutée à une table (dans l’interface web, par un formulaire web ou via l’API).</translation>
    </message>
    <message>
        <source>A row&apos;s content was changed; row_data lists each changed cell with its old value.</source>
        <translation>Le contenu d’une ligne a été modifié ; row_data liste chaque cellule modifiée avec son ancienne valeur.</translation>
    </message>
    <message>
        <source>A row was deleted from a table.</source>
        <translation>Une ligne a été supprimée d’une table.</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON: %1.</source>
        <translation>Le catalogue n’est pas du JSON valide : %1.</translation>
    </message>
    <message>
        <source>The catalog names no system.</source>
        <translation>Le catalogue n’indique aucun système.</translation>
    </message>
    <message>
        <source>An event type of the catalog has no name.</source>
        <translation>Un type d’événement du catalogue n’a pas de nom.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <source>Print JSON (a stable format).</source>
        <translation>Afficher du JSON (un format stable).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>SYSTEM</source>
        <translation>SYSTÈME</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>RESSOURCE</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>An event type from events list.</source>
        <translation>Un type d’événement donné par events list.</translation>
    </message>
    <message>
        <source>usage: relaisctl events sample TYPE</source>
        <translation>utilisation : relaisctl events sample TYPE</translation>
    </message>
    <message>
        <source>unknown event type “%1”; see relaisctl events list.</source>
        <translation>type d’événement inconnu « %1 » ; voir relaisctl events list.</translation>
    </message>
    <message>
        <source>Sample data as JSON, or @file.</source>
        <translation>Données d’exemple en JSON, ou @fichier.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Group shown in pickers (default: Custom).</source>
        <translation>Groupe affiché dans les sélecteurs (par défaut : Personnalisé).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>What the event means.</source>
        <translation>Ce que signifie l’événement.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The event type, e.g. invoice.paid.</source>
        <translation>Le type d’événement, par ex. invoice.paid.</translation>
    </message>
    <message>
        <source>usage: relaisctl events add TYPE [--sample JSON|@file] [--group NAME] [--description TEXT]</source>
        <translation>utilisation : relaisctl events add TYPE [--sample JSON|@fichier] [--group NOM] [--description TEXTE]</translation>
    </message>
    <message>
        <source>Saved event type “%1”.</source>
        <translation>Type d’événement « %1 » enregistré.</translation>
    </message>
    <message>
        <source>A custom event type.</source>
        <translation>Un type d’événement personnalisé.</translation>
    </message>
    <message>
        <source>usage: relaisctl events remove TYPE</source>
        <translation>utilisation : relaisctl events remove TYPE</translation>
    </message>
    <message>
        <source>Removed event type “%1”.</source>
        <translation>Type d’événement « %1 » supprimé.</translation>
    </message>
    <message>
        <source>Event:   %1</source>
        <translation>Événement :  %1</translation>
    </message>
    <message>
        <source> (resource “%1”)</source>
        <translation> (ressource « %1 »)</translation>
    </message>
    <message>
        <source>Matches: %1 — %2</source>
        <translation>Correspond : %1 — %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Note: no signature shown. %1</source>
        <translation>Remarque : aucune signature affichée. %1</translation>
    </message>
    <message>
        <source>events needs a subcommand: list, sample, add or remove.</source>
        <translation>events attend une sous-commande : list, sample, add ou remove.</translation>
    </message>
    <message>
        <source>unknown events subcommand “%1”.</source>
        <translation>sous-commande events inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Event type (default: the first catalog type the webhook listens to).</source>
        <translation>Type d’événement (par défaut : le premier type du catalogue écouté par le webhook).</translation>
    </message>
    <message>
        <source>Resource of the event (default: the sample&apos;s).</source>
        <translation>Ressource de l’événement (par défaut : celle de l’exemple).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Event data as JSON, or @file (default: the type&apos;s sample).</source>
        <translation>Données de l’événement en JSON, ou @fichier (par défaut : l’exemple du type).</translation>
    </message>
    <message>
        <source>Id or name.</source>
        <translation>ID ou nom.</translation>
    </message>
    <message>
        <source>usage: relaisctl preview WEBHOOK [--event TYPE] [--resource R] [--data JSON|@file] [--json]</source>
        <translation>utilisation : relaisctl preview WEBHOOK [--event TYPE] [--resource R] [--data JSON|@fichier] [--json]</translation>
    </message>
</context>
<context>
    <name>EventPattern</name>
    <message>
        <source>An event pattern cannot be empty.</source>
        <translation>Un motif d’événement ne peut pas être vide.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, * may only stand at the end of the pattern.</source>
        <translation>Dans &quot;%1&quot;, * ne peut figurer qu’à la fin du motif.</translation>
    </message>
    <message>
        <source>Event pattern &quot;%1&quot; contains a control character.</source>
        <translation>Le motif d’événement &quot;%1&quot; contient un caractère de contrôle.</translation>
    </message>
</context>
<context>
    <name>EventPicker</name>
    <message>
        <source>Filter known events…</source>
        <translation>Filtrer les événements connus…</translation>
    </message>
    <message>
        <source>Filter known events</source>
        <translation>Filtrer les événements connus</translation>
    </message>
    <message>
        <source>Known events</source>
        <translation>Événements connus</translation>
    </message>
    <message>
        <source>Se&amp;lected events and patterns:</source>
        <translation>Événements et motifs sé&amp;lectionnés :</translation>
    </message>
    <message>
        <source>Selected events and patterns</source>
        <translation>Événements et motifs sélectionnés</translation>
    </message>
    <message>
        <source>Sales Order.* or *</source>
        <translation>Sales Order.* ou *</translation>
    </message>
    <message>
        <source>Event or pattern to add</source>
        <translation>Événement ou motif à ajouter</translation>
    </message>
    <message>
        <source>An event type, a trailing wildcard such as Sales Order.*, or * for every event</source>
        <translation>Un type d’événement, un joker final comme Sales Order.*, ou * pour tous les événements</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the event or pattern to the list</source>
        <translation>Ajouter l’événement ou le motif à la liste</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected events and patterns (Del)</source>
        <translation>Supprimer les événements et motifs sélectionnés (Suppr)</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Could not save the event %1: %2</source>
        <translation>Impossible d’enregistrer l’événement %1 : %2</translation>
    </message>
    <message>
        <source>Could not read the event: %1</source>
        <translation>Impossible de lire l’événement : %1</translation>
    </message>
    <message>
        <source>The stored event %1 is damaged.</source>
        <translation>L’événement enregistré %1 est endommagé.</translation>
    </message>
</context>
<context>
    <name>EventTypeRepository</name>
    <message>
        <source>An event type needs a name, such as “invoice.paid”.</source>
        <translation>Un type d’événement doit avoir un nom, par exemple « invoice.paid ».</translation>
    </message>
    <message>
        <source>An event type cannot contain *; wildcards belong in a webhook&apos;s events.</source>
        <translation>Un type d’événement ne peut pas contenir * ; les jokers vont dans les événements d’un webhook.</translation>
    </message>
    <message>
        <source>The event type “%1” contains a control character.</source>
        <translation>Le type d’événement « %1 » contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The event type is too long (at most 200 characters).</source>
        <translation>Le type d’événement est trop long (200 caractères au maximum).</translation>
    </message>
    <message>
        <source>Could not save the event type: %1</source>
        <translation>Impossible d’enregistrer le type d’événement : %1</translation>
    </message>
    <message>
        <source>Could not remove the event type: %1</source>
        <translation>Impossible de supprimer le type d’événement : %1</translation>
    </message>
    <message>
        <source>There is no custom event type “%1”.</source>
        <translation>Il n’existe pas de type d’événement personnalisé « %1 ».</translation>
    </message>
    <message>
        <source>Could not read the event types: %1</source>
        <translation>Impossible de lire les types d’événements : %1</translation>
    </message>
</context>
<context>
    <name>FieldEncryptor</name>
    <message>
        <source>GnuPG (gpg) is needed to encrypt fields but cannot be used: %1</source>
        <translation>GnuPG (gpg) est nécessaire pour chiffrer des champs mais ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for GnuPG: %1</source>
        <translation>Impossible de créer un dossier temporaire pour GnuPG : %1</translation>
    </message>
    <message>
        <source>Cannot prepare the temporary folder for GnuPG: %1</source>
        <translation>Impossible de préparer le dossier temporaire de GnuPG : %1</translation>
    </message>
    <message>
        <source>Cannot start GnuPG for OpenPGP.</source>
        <translation>Impossible de démarrer GnuPG pour OpenPGP.</translation>
    </message>
    <message>
        <source>Cannot give GnuPG its private folder: %1</source>
        <translation>Impossible de donner à GnuPG son dossier privé : %1</translation>
    </message>
    <message>
        <source>There is no encryption key: paste the receiver&apos;s OpenPGP public key.</source>
        <translation>Il n’y a pas de clé de chiffrement : collez la clé publique OpenPGP du destinataire.</translation>
    </message>
    <message>
        <source>GnuPG could not import the encryption key: %1</source>
        <translation>GnuPG n’a pas pu importer la clé de chiffrement : %1</translation>
    </message>
    <message>
        <source>key %1 is revoked</source>
        <translation>la clé %1 est révoquée</translation>
    </message>
    <message>
        <source>key %1 has expired</source>
        <translation>la clé %1 a expiré</translation>
    </message>
    <message>
        <source>key %1 is disabled or invalid</source>
        <translation>la clé %1 est désactivée ou invalide</translation>
    </message>
    <message>
        <source>key %1 has no encryption subkey</source>
        <translation>la clé %1 n’a pas de sous-clé de chiffrement</translation>
    </message>
    <message>
        <source>The encryption key holds no OpenPGP public key that GnuPG can read.</source>
        <translation>La clé de chiffrement ne contient aucune clé publique OpenPGP lisible par GnuPG.</translation>
    </message>
    <message>
        <source>The encryption key cannot be used: %1.</source>
        <translation>La clé de chiffrement est inutilisable : %1.</translation>
    </message>
    <message>
        <source>GnuPG could not encrypt a field: %1</source>
        <translation>GnuPG n’a pas pu chiffrer un champ : %1</translation>
    </message>
    <message>
        <source>GnuPG refused the encryption key: %1</source>
        <translation>GnuPG a refusé la clé de chiffrement : %1</translation>
    </message>
    <message>
        <source>GnuPG did not return an armored OpenPGP message.</source>
        <translation>GnuPG n’a pas renvoyé de message OpenPGP en armure ASCII.</translation>
    </message>
    <message>
        <source>Fields can only be encrypted in a JSON body: %1</source>
        <translation>Seuls les champs d’un corps JSON peuvent être chiffrés : %1</translation>
    </message>
</context>
<context>
    <name>FirstRunExample</name>
    <message>
        <source>Example: Sales Orders to the Relais inbox</source>
        <translation>Exemple : commandes clients vers la boîte de Relais</translation>
    </message>
    <message>
        <source>The built-in inbox is not running, so the example has nowhere to send to.</source>
        <translation>La boîte de réception intégrée ne tourne pas : l’exemple n’a nulle part où envoyer.</translation>
    </message>
    <message>
        <source>Made by the first-run example: each submitted Sales Order goes, signed, to the built-in inbox, which checks the signature.</source>
        <translation>Créé par l’exemple de démarrage : chaque commande client validée part, signée, vers la boîte de réception intégrée, qui vérifie la signature.</translation>
    </message>
</context>
<context>
    <name>FrappeImport</name>
    <message>
        <source>%1: “%2” calls frappe.*, Frappe&apos;s Python API, which Relais does not have. Rewrite it in JavaScript with the helpers json(), isoDate(), base64() and urlencode().</source>
        <translation>%1 : « %2 » appelle frappe.*, l’API Python de Frappe, que Relais n’a pas. Réécrivez-le en JavaScript avec les fonctions json(), isoDate(), base64() et urlencode().</translation>
    </message>
    <message>
        <source>%1: “%2” uses Python&apos;s .get(): in JavaScript, write doc.field, or doc.field ?? fallback for a default.</source>
        <translation>%1 : « %2 » utilise .get() de Python : en JavaScript, écrivez doc.champ, ou doc.champ ?? valeur pour une valeur par défaut.</translation>
    </message>
    <message>
        <source>%1: “%2” uses Python&apos;s “%3” test, which means something else in JavaScript: write [&quot;a&quot;, &quot;b&quot;].includes(doc.field) instead (with ! before it for “not in”).</source>
        <translation>%1 : « %2 » utilise le test « %3 » de Python, qui veut dire autre chose en JavaScript : écrivez plutôt [&quot;a&quot;, &quot;b&quot;].includes(doc.champ) (précédé de ! pour « not in »).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: a {{ placeholder is never closed.</source>
        <translation>%1 : un emplacement {{ n’est jamais fermé.</translation>
    </message>
    <message>
        <source>%1: a {%2 block is never closed.</source>
        <translation>%1 : un bloc {%2 n’est jamais fermé.</translation>
    </message>
    <message>
        <source>A header row without a name was not imported.</source>
        <translation>Une ligne d’en-tête sans nom n’a pas été importée.</translation>
    </message>
    <message>
        <source>Header “%1” holds a credential: Relais keeps those in the keychain, so its value was not imported. Give it again as a secret header; the webhook stays disabled until then.</source>
        <translation>L’en-tête « %1 » contient un identifiant : Relais les garde dans le trousseau, sa valeur n’a donc pas été importée. Saisissez-la de nouveau comme en-tête secret ; le webhook reste désactivé d’ici là.</translation>
    </message>
    <message>
        <source>A form row without a field (key “%1”) was not imported.</source>
        <translation>Une ligne de formulaire sans champ (clé « %1 ») n’a pas été importée.</translation>
    </message>
    <message>
        <source>The form row for field “%1” has no key: the field name is used as the key.</source>
        <translation>La ligne de formulaire du champ « %1 » n’a pas de clé : le nom du champ sert de clé.</translation>
    </message>
    <message>
        <source>The document has no name: it was named “%1”.</source>
        <translation>Le document n’a pas de nom : il a été nommé « %1 ».</translation>
    </message>
    <message>
        <source>this is a “%1” document, not a Webhook.</source>
        <translation>c’est un document « %1 », pas un Webhook.</translation>
    </message>
    <message>
        <source>webhook_doctype is missing.</source>
        <translation>webhook_doctype est absent.</translation>
    </message>
    <message>
        <source>webhook_docevent is missing.</source>
        <translation>webhook_docevent est absent.</translation>
    </message>
    <message>
        <source>“%1” is not a Frappe document event Relais knows: the webhook fires only for events of type “%2”.</source>
        <translation>« %1 » n’est pas un événement de document Frappe connu de Relais : le webhook ne se déclenche que pour les événements de type « %2 ».</translation>
    </message>
    <message>
        <source>request_url is missing.</source>
        <translation>request_url est absent.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>request_method “%1” is not POST, PUT or DELETE.</source>
        <translation>request_method « %1 » n’est ni POST, ni PUT, ni DELETE.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Request structure “%1” is unknown: the body was imported as %2; check it.</source>
        <translation>La structure de requête « %1 » est inconnue : le corps a été importé comme %2 ; vérifiez-le.</translation>
    </message>
    <message>
        <source>a JSON template</source>
        <translation>un modèle JSON</translation>
    </message>
    <message>
        <source>form fields</source>
        <translation>des champs de formulaire</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The form rows (webhook_data) are not used by a JSON request and were not imported.</source>
        <translation>Les lignes de formulaire (webhook_data) ne servent pas à une requête JSON et n’ont pas été importées.</translation>
    </message>
    <message>
        <source>The JSON template (webhook_json) is not used by a form request and was not imported.</source>
        <translation>Le modèle JSON (webhook_json) ne sert pas à une requête de formulaire et n’a pas été importé.</translation>
    </message>
    <message>
        <source>Requests are signed (X-Frappe-Webhook-Signature), but the export carries no secret: the secret must be set before the webhook can send, and it stays disabled until then.</source>
        <translation>Les requêtes sont signées (X-Frappe-Webhook-Signature), mais l’export ne contient aucun secret : il faut le saisir avant que le webhook puisse envoyer, et il reste désactivé d’ici là.</translation>
    </message>
    <message>
        <source>The file holds a webhook secret but security is off: the secret was not imported.</source>
        <translation>Le fichier contient un secret de webhook mais la sécurité est désactivée : le secret n’a pas été importé.</translation>
    </message>
    <message>
        <source>Background jobs queue “%1” was not imported: Relais delivers from its own queue.</source>
        <translation>La file de tâches de fond « %1 » n’a pas été importée : Relais livre depuis sa propre file.</translation>
    </message>
    <message>
        <source>Field “%1” has no equivalent in Relais and was not imported.</source>
        <translation>Le champ « %1 » n’a pas d’équivalent dans Relais et n’a pas été importé.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>Le fichier n’est pas du JSON valide (à l’octet %1 : %2).</translation>
    </message>
    <message>
        <source>The file holds no Frappe Webhook documents.</source>
        <translation>Le fichier ne contient aucun document Webhook de Frappe.</translation>
    </message>
    <message>
        <source>Document %1 is not a JSON object.</source>
        <translation>Le document %1 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Document %1 (“%2”): %3</source>
        <translation>Document %1 (« %2 ») : %3</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n’a été importé. %1</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Dokos orders</source>
        <translation>Commandes Dokos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>What this webhook is for (optional)</source>
        <translation>À quoi sert ce webhook (facultatif)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Méthode HTTP</translation>
    </message>
    <message>
        <source>The HTTP method of the request</source>
        <translation>La méthode HTTP de la requête</translation>
    </message>
    <message>
        <source>https://erp.example.org/api/method/relais.receive</source>
        <translation>https://erp.example.org/api/method/relais.receive</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Enabled: send matching events to this webhook</source>
        <translation>&amp;Activé : envoyer les événements correspondants à ce webhook</translation>
    </message>
</context>
<context>
    <name>HeadersEditor</name>
    <message>
        <source>Extra headers</source>
        <translation>En-têtes supplémentaires</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>&amp;Ajouter un en-tête</translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation>&amp;Supprimer l’en-tête</translation>
    </message>
    <message>
        <source>Remove the selected header (Del)</source>
        <translation>Supprimer l’en-tête sélectionné (Suppr)</translation>
    </message>
</context>
<context>
    <name>HttpRules</name>
    <message>
        <source>A header needs a name.</source>
        <translation>Un en-tête doit avoir un nom.</translation>
    </message>
    <message>
        <source>Header name &quot;%1&quot; may only contain letters, digits and !#$%&amp;&apos;*+.^_`|~-.</source>
        <translation>Le nom d’en-tête &quot;%1&quot; ne peut contenir que des lettres, des chiffres et !#$%&amp;&apos;*+.^_`|~-.</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot; is set by Relais itself and cannot be overridden.</source>
        <translation>L’en-tête &quot;%1&quot; est défini par Relais lui-même et ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Header values may not contain line breaks (CR, LF) or NUL characters.</source>
        <translation>Les valeurs d’en-tête ne peuvent pas contenir de sauts de ligne (CR, LF) ni de caractères NUL.</translation>
    </message>
    <message>
        <source>Enter the URL that will receive the webhook.</source>
        <translation>Saisissez l’URL qui recevra le webhook.</translation>
    </message>
    <message>
        <source>The URL may not contain line breaks, tabs or NUL characters.</source>
        <translation>L’URL ne peut pas contenir de sauts de ligne, de tabulations ni de caractères NUL.</translation>
    </message>
    <message>
        <source>The URL may not contain spaces; encode them as %20.</source>
        <translation>L’URL ne peut pas contenir d’espaces ; encodez-les sous la forme %20.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>Ceci n’est pas une URL valide : %1</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>L’URL doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>The URL needs a host name, as in https://example.com/hook.</source>
        <translation>L’URL doit contenir un nom d’hôte, comme dans https://example.com/hook.</translation>
    </message>
</context>
<context>
    <name>InboxCommands</name>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 attend un nombre de %2 à %3.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default 0: a free one).</source>
        <translation>Port sur 127.0.0.1 (par défaut 0 : un port libre).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Inbox listening on 127.0.0.1 port %1. Point a webhook at:</source>
        <translation>Boîte de réception à l’écoute sur 127.0.0.1, port %1. Faites pointer un webhook vers :</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Status to answer (default 200).</source>
        <translation>Statut à répondre (par défaut 200).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Wait this long before answering.</source>
        <translation>Attendre ce délai avant de répondre.</translation>
    </message>
    <message>
        <source>Answer the first N requests with --fail-status.</source>
        <translation>Répondre aux N premières requêtes avec --fail-status.</translation>
    </message>
    <message>
        <source>Status of the failures (default 500).</source>
        <translation>Statut des échecs (par défaut 500).</translation>
    </message>
    <message>
        <source>Send Retry-After with the failures.</source>
        <translation>Envoyer Retry-After avec les échecs.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Body of the answer.</source>
        <translation>Corps de la réponse.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The inbox name.</source>
        <translation>Le nom de la boîte.</translation>
    </message>
    <message>
        <source>usage: relaisctl inbox add NAME [--status N] [--delay-ms N] [--fail-first N] [--retry-after S]</source>
        <translation>utilisation : relaisctl inbox add NOM [--status N] [--delay-ms N] [--fail-first N] [--retry-after S]</translation>
    </message>
    <message>
        <source>“%1” cannot name an inbox: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>« %1 » ne peut pas nommer une boîte : utilisez de 1 à 64 lettres, chiffres, « . », « _ » ou « - ».</translation>
    </message>
    <message>
        <source>Changed the inbox “%1”: it counts requests from zero again.</source>
        <translation>Boîte « %1 » modifiée : elle recompte les requêtes à partir de zéro.</translation>
    </message>
    <message>
        <source>Added the inbox “%1”.</source>
        <translation>Boîte « %1 » ajoutée.</translation>
    </message>
    <message>
        <source>Webhook URL: http://127.0.0.1:PORT%1 (PORT: see relaisctl inbox serve)</source>
        <translation>URL du webhook : http://127.0.0.1:PORT%1 (PORT : voir relaisctl inbox serve)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>DELAY</source>
        <translation>DÉLAI</translation>
    </message>
    <message>
        <source>FAIL FIRST</source>
        <translation>ÉCHECS D’ABORD</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>REQUÊTES</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Print JSON (a stable format).</source>
        <translation>Afficher du JSON (un format stable).</translation>
    </message>
    <message>
        <source>At most N requests, newest first (default 50).</source>
        <translation>Au plus N requêtes, les plus récentes d’abord (par défaut 50).</translation>
    </message>
    <message>
        <source>The inbox; without it, the inboxes.</source>
        <translation>La boîte ; sans elle, la liste des boîtes.</translation>
    </message>
    <message>
        <source>usage: relaisctl inbox list [NAME] [--json] [--limit N]</source>
        <translation>utilisation : relaisctl inbox list [NOM] [--json] [--limit N]</translation>
    </message>
    <message>
        <source>There is no inbox “%1”.</source>
        <translation>Il n’y a pas de boîte « %1 ».</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>REÇUE</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation>SIGNATURE</translation>
    </message>
    <message>
        <source>usage: relaisctl inbox remove NAME</source>
        <translation>utilisation : relaisctl inbox remove NOM</translation>
    </message>
    <message>
        <source>usage: relaisctl inbox serve|add|list|remove …; see relaisctl --help.</source>
        <translation>utilisation : relaisctl inbox serve|add|list|remove … ; voir relaisctl --help.</translation>
    </message>
</context>
<context>
    <name>InboxRepository</name>
    <message>
        <source>“%1” cannot name an inbox: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>« %1 » ne peut pas nommer une boîte : utilisez de 1 à 64 lettres, chiffres, « . », « _ » ou « - ».</translation>
    </message>
    <message>
        <source>There is already an inbox “%1”.</source>
        <translation>Il existe déjà une boîte « %1 ».</translation>
    </message>
    <message>
        <source>Could not create the inbox “%1”: %2</source>
        <translation>Impossible de créer la boîte « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not remove the inbox “%1”: %2</source>
        <translation>Impossible de supprimer la boîte « %1 » : %2</translation>
    </message>
    <message>
        <source>There is no inbox “%1”.</source>
        <translation>Il n’y a pas de boîte « %1 ».</translation>
    </message>
    <message>
        <source>Could not change the inbox “%1”: %2</source>
        <translation>Impossible de modifier la boîte « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not read the inboxes: %1</source>
        <translation>Impossible de lire les boîtes : %1</translation>
    </message>
    <message>
        <source>Could not count the requests of the inbox “%1”: %2</source>
        <translation>Impossible de compter les requêtes de la boîte « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not store the request to the inbox “%1”: %2</source>
        <translation>Impossible d’enregistrer la requête reçue par la boîte « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not read the inbox requests: %1</source>
        <translation>Impossible de lire les requêtes reçues : %1</translation>
    </message>
</context>
<context>
    <name>InboxVerdict</name>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>wrong secret</source>
        <translation>mauvais secret</translation>
    </message>
    <message>
        <source>body changed</source>
        <translation>corps modifié</translation>
    </message>
    <message>
        <source>stale timestamp</source>
        <translation>horodatage périmé</translation>
    </message>
    <message>
        <source>signature missing</source>
        <translation>signature absente</translation>
    </message>
    <message>
        <source>malformed signature</source>
        <translation>signature mal formée</translation>
    </message>
    <message>
        <source>unusable secret</source>
        <translation>secret inutilisable</translation>
    </message>
    <message>
        <source>secret unavailable</source>
        <translation>secret indisponible</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>no webhook</source>
        <translation>aucun webhook</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>&amp;Inbox:</source>
        <translation>&amp;Boîte :</translation>
    </message>
    <message>
        <source>The inbox whose requests are shown</source>
        <translation>La boîte dont les requêtes sont affichées</translation>
    </message>
    <message>
        <source>New inbox name</source>
        <translation>Nom de la nouvelle boîte</translation>
    </message>
    <message>
        <source>new inbox name</source>
        <translation>nom de la nouvelle boîte</translation>
    </message>
    <message>
        <source>Letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;</source>
        <translation>Lettres, chiffres, « . », « _ » ou « - »</translation>
    </message>
    <message>
        <source>A&amp;dd inbox</source>
        <translation>A&amp;jouter la boîte</translation>
    </message>
    <message>
        <source>Add inbox</source>
        <translation>Ajouter la boîte</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Inbox URL</source>
        <translation>URL de la boîte</translation>
    </message>
    <message>
        <source>Point a webhook at this URL; its signature is then checked with the webhook&apos;s secret</source>
        <translation>Faites pointer un webhook vers cette URL ; sa signature est alors vérifiée avec le secret du webhook</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the inbox URL</source>
        <translation>Copier l’URL de la boîte</translation>
    </message>
    <message>
        <source>How the inbox answers</source>
        <translation>Comment la boîte répond</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation>Statut de la réponse</translation>
    </message>
    <message>
        <source>The status answered once the failures are over</source>
        <translation>Le statut répondu une fois les échecs passés</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>Delay before answering</source>
        <translation>Délai avant de répondre</translation>
    </message>
    <message>
        <source>How long the inbox waits before it answers</source>
        <translation>Combien de temps la boîte attend avant de répondre</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Fail the first:</source>
        <translation>Faire é&amp;chouer les :</translation>
    </message>
    <message>
        <source>Number of requests to fail</source>
        <translation>Nombre de requêtes à faire échouer</translation>
    </message>
    <message>
        <source>The first requests (counted from when the script is applied) get the failure status</source>
        <translation>Les premières requêtes (comptées depuis l’application du script) reçoivent le statut d’échec</translation>
    </message>
    <message>
        <source> times</source>
        <translation> premières</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>a&amp;vec :</translation>
    </message>
    <message>
        <source>Failure status</source>
        <translation>Statut d’échec</translation>
    </message>
    <message>
        <source>The status of the failures</source>
        <translation>Le statut des échecs</translation>
    </message>
    <message>
        <source>&amp;Retry-After:</source>
        <translation>&amp;Retry-After :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Retry-After of the failures</source>
        <translation>Retry-After des échecs</translation>
    </message>
    <message>
        <source>Sent with the failures when not &quot;none&quot;</source>
        <translation>Envoyé avec les échecs s’il n’est pas « aucun »</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Apply the script</source>
        <translation>Appliquer le script</translation>
    </message>
    <message>
        <source>Store these answers; the count of failures starts again</source>
        <translation>Enregistrer ces réponses ; le compte des échecs repart de zéro</translation>
    </message>
    <message>
        <source>Received requests</source>
        <translation>Requêtes reçues</translation>
    </message>
    <message>
        <source>Signature verdict</source>
        <translation>Verdict de signature</translation>
    </message>
    <message>
        <source>Request detail</source>
        <translation>Détail de la requête</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>C&amp;orps</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
</context>
<context>
    <name>IntakeEventParser</name>
    <message>
        <source>The body is not valid JSON: %1 (at byte %2).</source>
        <translation>Le corps n’est pas du JSON valide : %1 (à l’octet %2).</translation>
    </message>
    <message>
        <source>The body must be a JSON object with at least a &quot;type&quot; field.</source>
        <translation>Le corps doit être un objet JSON avec au moins un champ « type ».</translation>
    </message>
    <message>
        <source>&quot;type&quot; is required and must be a non-empty string.</source>
        <translation>« type » est obligatoire et doit être une chaîne non vide.</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be at most %1 characters, without control characters.</source>
        <translation>« type » doit faire au plus %1 caractères, sans caractère de contrôle.</translation>
    </message>
    <message>
        <source>&quot;resource&quot; must be a string.</source>
        <translation>« resource » doit être une chaîne.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a non-empty string when it is given.</source>
        <translation>« id », s’il est fourni, doit être une chaîne non vide.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be at most %1 characters, without control characters.</source>
        <translation>« id » doit faire au plus %1 caractères, sans caractère de contrôle.</translation>
    </message>
    <message>
        <source>&quot;data&quot; must be a JSON object.</source>
        <translation>« data » doit être un objet JSON.</translation>
    </message>
    <message>
        <source>&quot;occurredAt&quot; must be an ISO-8601 date and time, such as 2024-05-01T09:30:00Z.</source>
        <translation>« occurredAt » doit être une date et heure ISO 8601, par exemple 2024-05-01T09:30:00Z.</translation>
    </message>
</context>
<context>
    <name>IntakeResponse</name>
    <message>
        <source>Relais could not store the event. Try again in a moment.</source>
        <translation>Relais n’a pas pu enregistrer l’événement. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>IntakeToken</name>
    <message>
        <source>Relais could not read the intake token from the keychain. %1</source>
        <translation>Relais n’a pas pu lire le jeton de réception dans le trousseau. %1</translation>
    </message>
    <message>
        <source>Relais could not store the intake token in the keychain. %1</source>
        <translation>Relais n’a pas pu enregistrer le jeton de réception dans le trousseau. %1</translation>
    </message>
</context>
<context>
    <name>JinjaHints</name>
    <message>
        <source>&quot;| %1&quot; is a Jinja filter, but Relais templates are JavaScript expressions. Call a JavaScript method or helper instead, for example {{ doc.name.toUpperCase() }} rather than {{ doc.name | upper }}.</source>
        <translation>&quot;| %1&quot; est un filtre Jinja, mais les modèles Relais sont des expressions JavaScript. Appelez plutôt une méthode ou une fonction d’aide JavaScript, par exemple {{ doc.name.toUpperCase() }} au lieu de {{ doc.name | upper }}.</translation>
    </message>
    <message>
        <source>&quot;| %1&quot; is a Jinja filter, but Relais templates are JavaScript expressions. Write {{ %2 }} instead.</source>
        <translation>&quot;| %1&quot; est un filtre Jinja, mais les modèles Relais sont des expressions JavaScript. Écrivez plutôt {{ %2 }}.</translation>
    </message>
    <message>
        <source>Jinja loops ({% for %}) are not supported: Relais templates are JavaScript. Insert the whole list with one placeholder, for example {{ %1.map(%2 =&gt; ({ … })) }}, or build the body in a transform: function transform(event) { return { items: %1.map(%2 =&gt; …) }; }</source>
        <translation>Les boucles Jinja ({% for %}) ne sont pas prises en charge : les modèles Relais sont en JavaScript. Insérez la liste entière avec un seul espace réservé, par exemple {{ %1.map(%2 =&gt; ({ … })) }}, ou construisez le corps dans une transformation : function transform(event) { return { items: %1.map(%2 =&gt; …) }; }</translation>
    </message>
    <message>
        <source>Jinja loops ({% for %}) are not supported: Relais templates are JavaScript. Insert a list with one placeholder, for example {{ doc.items.map(item =&gt; ({ … })) }}, or build the body in a transform.</source>
        <translation>Les boucles Jinja ({% for %}) ne sont pas prises en charge : les modèles Relais sont en JavaScript. Insérez une liste avec un seul espace réservé, par exemple {{ doc.items.map(item =&gt; ({ … })) }}, ou construisez le corps dans une transformation.</translation>
    </message>
    <message>
        <source>Jinja conditions ({% if %}) are not supported: Relais templates are JavaScript. Use a conditional expression in a placeholder, for example {{ %1 ? … : … }}, or a transform.</source>
        <translation>Les conditions Jinja ({% if %}) ne sont pas prises en charge : les modèles Relais sont en JavaScript. Utilisez une expression conditionnelle dans un espace réservé, par exemple {{ %1 ? … : … }}, ou une transformation.</translation>
    </message>
    <message>
        <source>Jinja conditions ({% if %}) are not supported: Relais templates are JavaScript. Use a conditional expression in a placeholder, {{ condition ? … : … }}, or a transform.</source>
        <translation>Les conditions Jinja ({% if %}) ne sont pas prises en charge : les modèles Relais sont en JavaScript. Utilisez une expression conditionnelle dans un espace réservé, {{ condition ? … : … }}, ou une transformation.</translation>
    </message>
    <message>
        <source>Jinja assignments ({% set %}) are not supported: Relais templates are JavaScript. Write the expression in the placeholder itself, or declare the value in a transform (const name = …;).</source>
        <translation>Les affectations Jinja ({% set %}) ne sont pas prises en charge : les modèles Relais sont en JavaScript. Écrivez l’expression dans l’espace réservé lui-même, ou déclarez la valeur dans une transformation (const name = …;).</translation>
    </message>
    <message>
        <source>&quot;{% %1 %}&quot; is a Jinja block, but Relais templates are JavaScript: use {{ … }} placeholders with JavaScript expressions, or a transform.</source>
        <translation>&quot;{% %1 %}&quot; est un bloc Jinja, mais les modèles Relais sont en JavaScript : utilisez des espaces réservés {{ … }} contenant des expressions JavaScript, ou une transformation.</translation>
    </message>
    <message>
        <source>Jinja comments ({# … #}) are not supported: Relais templates are JavaScript. Remove the comment, or write the body as a transform, where // comments are allowed.</source>
        <translation>Les commentaires Jinja ({# … #}) ne sont pas pris en charge : les modèles Relais sont en JavaScript. Supprimez le commentaire, ou écrivez le corps sous forme de transformation, où les commentaires // sont autorisés.</translation>
    </message>
    <message>
        <source>This is Jinja syntax, but Relais evaluates JavaScript expressions. Write %1 instead.</source>
        <translation>Ceci est de la syntaxe Jinja, mais Relais évalue des expressions JavaScript. Écrivez plutôt %1.</translation>
    </message>
    <message>
        <source>frappe.* is Frappe&apos;s Python API, which Relais does not have: use JavaScript and the helpers json(), isoDate(), base64() and urlencode().</source>
        <translation>frappe.* est l’API Python de Frappe, dont Relais ne dispose pas : utilisez JavaScript et les fonctions d’aide json(), isoDate(), base64() et urlencode().</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>Path “%1”, character %2: %3</source>
        <translation>Chemin « %1 », caractère %2 : %3</translation>
    </message>
    <message>
        <source>write “[” right after a key, without “.”.</source>
        <translation>écrivez « [ » juste après une clé, sans « . ».</translation>
    </message>
    <message>
        <source>“[” is not closed.</source>
        <translation>« [ » n’est pas fermé.</translation>
    </message>
    <message>
        <source>the quoted key is not closed.</source>
        <translation>la clé entre guillemets n’est pas fermée.</translation>
    </message>
    <message>
        <source>the quoted key is not a valid JSON string.</source>
        <translation>la clé entre guillemets n’est pas une chaîne JSON valide.</translation>
    </message>
    <message>
        <source>name the member to compare, as in [?classification==&quot;restricted&quot;].</source>
        <translation>nommez le membre à comparer, comme dans [?classification==&quot;restricted&quot;].</translation>
    </message>
    <message>
        <source>a filter compares with “==”.</source>
        <translation>un filtre compare avec « == ».</translation>
    </message>
    <message>
        <source>compare with a JSON value: &quot;text&quot;, a number, true, false or null.</source>
        <translation>comparez avec une valeur JSON : &quot;texte&quot;, un nombre, true, false ou null.</translation>
    </message>
    <message>
        <source>an index is a whole number.</source>
        <translation>un indice est un nombre entier.</translation>
    </message>
    <message>
        <source>after “[” write *, an index, a &quot;quoted key&quot; or a ?filter.</source>
        <translation>après « [ », écrivez *, un indice, une &quot;clé entre guillemets&quot; ou un ?filtre.</translation>
    </message>
    <message>
        <source>“]” expected.</source>
        <translation>« ] » attendu.</translation>
    </message>
    <message>
        <source>a key is missing before “.”.</source>
        <translation>il manque une clé avant « . ».</translation>
    </message>
    <message>
        <source>the path ends with “.”.</source>
        <translation>le chemin se termine par « . ».</translation>
    </message>
    <message>
        <source>“]” without “[”.</source>
        <translation>« ] » sans « [ ».</translation>
    </message>
    <message>
        <source>write “.” before a key.</source>
        <translation>écrivez « . » avant une clé.</translation>
    </message>
    <message>
        <source>the path names no value; write for example respondent.email.</source>
        <translation>le chemin ne désigne aucune valeur ; écrivez par exemple respondent.email.</translation>
    </message>
</context>
<context>
    <name>JsonValueIndex</name>
    <message>
        <source>The body is not valid JSON (%1 at byte %2).</source>
        <translation>Le corps n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>The body is not a JSON object or array.</source>
        <translation>Le corps n’est ni un objet ni un tableau JSON.</translation>
    </message>
    <message>
        <source>The body could not be read as JSON.</source>
        <translation>Le corps n’a pas pu être lu comme du JSON.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No secret is stored in the keychain under “%1”.</source>
        <translation>Aucun secret n’est enregistré dans le trousseau sous « %1 ».</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Unlock your keyring, or start a Secret Service such as GNOME Keyring or KWallet, then try again. Relais never stores secrets in clear text instead.</source>
        <translation>Le trousseau du système n’est pas disponible (%1). Déverrouillez votre trousseau, ou démarrez un service compatible Secret Service comme GNOME Keyring ou KWallet, puis réessayez. Relais ne se rabat jamais sur un enregistrement des secrets en clair.</translation>
    </message>
</context>
<context>
    <name>LeaseRepository</name>
    <message>
        <source>Could not look for due deliveries: %1</source>
        <translation>Impossible de rechercher les livraisons à échéance : %1</translation>
    </message>
    <message>
        <source>Relais stopped before the test delivery finished.</source>
        <translation>Relais s’est arrêté avant la fin de la livraison de test.</translation>
    </message>
    <message>
        <source>Could not renew the leases: %1</source>
        <translation>Impossible de renouveler les réservations : %1</translation>
    </message>
    <message>
        <source>Could not release the leases: %1</source>
        <translation>Impossible de libérer les réservations : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Create a webhook (Ctrl+N)</source>
        <translation>Créer un webhook (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change the selected webhook (Enter or double-click)</source>
        <translation>Modifier le webhook sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Create a webhook from a copy of the selected one, without its secrets (Ctrl+D)</source>
        <translation>Créer un webhook à partir d’une copie du webhook sélectionné, sans ses secrets (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Stop or resume sending events to the selected webhook (Ctrl+E)</source>
        <translation>Arrêter ou reprendre l’envoi des événements au webhook sélectionné (Ctrl+E)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected webhook and its secrets (Del)</source>
        <translation>Supprimer le webhook sélectionné et ses secrets (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the webhooks from the database (F5)</source>
        <translation>Recharger les webhooks depuis la base de données (F5)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search the webhooks by name, host or event (Ctrl+F)</source>
        <translation>Rechercher les webhooks par nom, hôte ou événement (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Relais</source>
        <translation>À &amp;propos de Relais</translation>
    </message>
    <message>
        <source>Webhook details and deliveries</source>
        <translation>Détails et livraisons du webhook</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Envoyer un &amp;test…</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <source>Send a sample event to the selected webhook now and see its answer (Ctrl+T)</source>
        <translation>Envoyer maintenant un événement d’exemple au webhook sélectionné et voir sa réponse (Ctrl+T)</translation>
    </message>
    <message>
        <source>E&amp;mit event…</source>
        <translation>Émettre un é&amp;vénement…</translation>
    </message>
    <message>
        <source>Emit event</source>
        <translation>Émettre un événement</translation>
    </message>
    <message>
        <source>Submit an event as a source system would: every matching webhook gets it (Ctrl+M)</source>
        <translation>Soumettre un événement comme le ferait un système source : chaque webhook correspondant le reçoit (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Language, dispatcher, allowed targets, intake endpoint and database</source>
        <translation>Langue, répartiteur, cibles autorisées, point d’entrée et base de données</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>&amp;Import webhooks…</source>
        <translation>&amp;Importer des webhooks…</translation>
    </message>
    <message>
        <source>Import a Relais export, or Frappe / Dokos webhooks with a report of what needs attention</source>
        <translation>Importer un export de Relais, ou des webhooks Frappe / Dokos avec un rapport de ce qui demande votre attention</translation>
    </message>
    <message>
        <source>E&amp;xport webhooks…</source>
        <translation>E&amp;xporter les webhooks…</translation>
    </message>
    <message>
        <source>Save every webhook as JSON, without any secret</source>
        <translation>Enregistrer tous les webhooks en JSON, sans aucun secret</translation>
    </message>
</context>
<context>
    <name>MatchResult</name>
    <message>
        <source>The condition could not be evaluated: %1</source>
        <translation>La condition n’a pas pu être évaluée : %1</translation>
    </message>
    <message>
        <source>The event type matches the webhook&apos;s events.</source>
        <translation>Le type d’événement correspond aux événements du webhook.</translation>
    </message>
    <message>
        <source>The event type does not match the webhook&apos;s events.</source>
        <translation>Le type d’événement ne correspond pas aux événements du webhook.</translation>
    </message>
    <message>
        <source>The event type and resource match the webhook.</source>
        <translation>Le type d’événement et la ressource correspondent au webhook.</translation>
    </message>
    <message>
        <source>The event&apos;s resource is not one the webhook listens to.</source>
        <translation>La ressource de l’événement ne fait pas partie de celles qu’écoute le webhook.</translation>
    </message>
    <message>
        <source>The condition is true (%1).</source>
        <translation>La condition est vraie (%1).</translation>
    </message>
    <message>
        <source>The condition is false (%1).</source>
        <translation>La condition est fausse (%1).</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>The keychain is locked. Unlock it and try again.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>No secret is stored under “%1”.</source>
        <translation>Aucun secret n’est enregistré sous « %1 ».</translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NetworkPolicy</name>
    <message>
        <source>unspecified</source>
        <translation>non spécifiée</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>de bouclage</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privée</translation>
    </message>
    <message>
        <source>shared (carrier-grade NAT)</source>
        <translation>partagée (NAT d’opérateur)</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>lien-local</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>réservée</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>multidiffusion</translation>
    </message>
    <message>
        <source>“%1” is not a valid address range: write it as 10.0.0.0/8 or fd00::/8.</source>
        <translation>« %1 » n’est pas une plage d’adresses valide : écrivez-la comme 10.0.0.0/8 ou fd00::/8.</translation>
    </message>
    <message>
        <source>“%1” is neither a host name, an address nor an address range.</source>
        <translation>« %1 » n’est ni un nom d’hôte, ni une adresse, ni une plage d’adresses.</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>toute adresse</translation>
    </message>
    <message>
        <source>public addresses only</source>
        <translation>adresses publiques uniquement</translation>
    </message>
    <message>
        <source>no address (the allow-list is empty)</source>
        <translation>aucune adresse (la liste autorisée est vide)</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>uniquement %1</translation>
    </message>
    <message>
        <source>%1 (resolved to %2)</source>
        <translation>%1 (résolu en %2)</translation>
    </message>
    <message>
        <source>Refused by the network policy: %1 is a %2 address, and only public addresses are allowed.</source>
        <translation>Refusé par la politique réseau : %1 est une adresse %2, et seules les adresses publiques sont autorisées.</translation>
    </message>
    <message>
        <source>Refused by the network policy: %1 is not on the allow-list (%2).</source>
        <translation>Refusé par la politique réseau : %1 n’est pas dans la liste autorisée (%2).</translation>
    </message>
</context>
<context>
    <name>OutcomeRules</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Redirect to %1 not followed (the webhook does not follow redirects)</source>
        <translation>Redirection vers %1 non suivie (le webhook ne suit pas les redirections)</translation>
    </message>
    <message>
        <source>The receiver answered 410 Gone on %1: the endpoint no longer exists.</source>
        <translation>Le destinataire a répondu 410 Gone sur %1 : le point de terminaison n’existe plus.</translation>
    </message>
</context>
<context>
    <name>PayloadEngine</name>
    <message>
        <source>The rendered body is not valid JSON (%1) at character %2 of the output, near &quot;%3&quot;. A placeholder outside quotes inserts a JSON value; to insert text, put the placeholder inside quotes.</source>
        <translation>Le corps généré n’est pas du JSON valide (%1) au caractère %2 de la sortie, près de &quot;%3&quot;. Un espace réservé hors guillemets insère une valeur JSON ; pour insérer du texte, placez l’espace réservé entre guillemets.</translation>
    </message>
    <message>
        <source>The rendered URL &quot;%1&quot; cannot be used: %2</source>
        <translation>L’URL générée &quot;%1&quot; est inutilisable : %2</translation>
    </message>
    <message>
        <source>The rendered value of header &quot;%1&quot; cannot be sent: %2</source>
        <translation>La valeur générée pour l’en-tête &quot;%1&quot; ne peut pas être envoyée : %2</translation>
    </message>
</context>
<context>
    <name>PayloadError</name>
    <message>
        <source>%1 (in {{ %2 }})</source>
        <translation>%1 (dans {{ %2 }})</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>body</source>
        <translation>corps</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>header &quot;%1&quot;</source>
        <translation>en-tête &quot;%1&quot;</translation>
    </message>
    <message>
        <source>form field &quot;%1&quot;</source>
        <translation>champ de formulaire &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>PayloadPage</name>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Corps :</translation>
    </message>
    <message>
        <source>Body mode</source>
        <translation>Mode du corps</translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation>&amp;Type de contenu :</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Body template</source>
        <translation>Modèle du corps</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Champs de formulaire</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>A&amp;jouter un champ</translation>
    </message>
    <message>
        <source>Remove fiel&amp;d</source>
        <translation>Supprimer le c&amp;hamp</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>E&amp;xemple :</translation>
    </message>
    <message>
        <source>Sample event for the preview</source>
        <translation>Événement d’exemple pour l’aperçu</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>État de l’aperçu</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>Aperçu de la requête</translation>
    </message>
    <message>
        <source>Sample event data</source>
        <translation>Données de l’événement d’exemple</translation>
    </message>
    <message>
        <source>Sample event data (JSON)</source>
        <translation>Données de l’événement d’exemple (JSON)</translation>
    </message>
    <message>
        <source>&amp;Reset sample</source>
        <translation>&amp;Réinitialiser l’exemple</translation>
    </message>
    <message>
        <source>Preview of the request</source>
        <translation>Aperçu de la requête</translation>
    </message>
</context>
<context>
    <name>PreviewSecretStore</name>
    <message>
        <source>The preview never stores secrets.</source>
        <translation>L’aperçu n’enregistre jamais de secrets.</translation>
    </message>
    <message>
        <source>The preview never removes secrets.</source>
        <translation>L’aperçu ne supprime jamais de secrets.</translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>The value of header “%1” cannot be read: %2</source>
        <translation>La valeur de l’en-tête « %1 » ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The signing secret cannot be read: %1</source>
        <translation>Le secret de signature ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>The webhook signs its requests but has no active secret; give it one.</source>
        <translation>Le webhook signe ses requêtes mais n’a aucun secret actif ; donnez-lui-en un.</translation>
    </message>
</context>
<context>
    <name>RouteJob</name>
    <message>
        <source>The dispatcher is not running; start it to send tests.</source>
        <translation>Le répartiteur ne fonctionne pas ; démarrez-le pour envoyer des tests.</translation>
    </message>
    <message>
        <source>The dispatcher stopped before the test was sent.</source>
        <translation>Le répartiteur s’est arrêté avant l’envoi du test.</translation>
    </message>
</context>
<context>
    <name>ScriptCompiler</name>
    <message>
        <source>Form field &quot;%1&quot; needs an expression, such as doc.name.</source>
        <translation>Le champ de formulaire &quot;%1&quot; nécessite une expression, par exemple doc.name.</translation>
    </message>
</context>
<context>
    <name>ScriptSandbox</name>
    <message numerus="yes">
        <source>The script ran longer than %n ms and was stopped.</source>
        <translation>
            <numerusform>Le script a duré plus de %n ms et a été arrêté.</numerusform>
            <numerusform>Le script a duré plus de %n ms et a été arrêté.</numerusform>
        </translation>
    </message>
    <message>
        <source>The transform must define function transform(event) { … } returning the body.</source>
        <translation>La transformation doit définir function transform(event) { … } qui renvoie le corps.</translation>
    </message>
    <message>
        <source>transform(event) returned nothing; return an object, an array or a string.</source>
        <translation>transform(event) n’a rien renvoyé ; renvoyez un objet, un tableau ou une chaîne.</translation>
    </message>
    <message>
        <source>The output (%1) is larger than the limit of %2.</source>
        <translation>La sortie (%1) dépasse la limite de %2.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Schéma :</translation>
    </message>
    <message>
        <source>Signature scheme</source>
        <translation>Schéma de signature</translation>
    </message>
    <message>
        <source>What the signature scheme sends</source>
        <translation>Ce qu’envoie le schéma de signature</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>Sec&amp;ret :</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Afficher ou masquer le secret</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Make a new random secret in the form this scheme expects</source>
        <translation>Créer un nouveau secret aléatoire au format attendu par ce schéma</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard, to paste it into the receiver</source>
        <translation>Copier le secret dans le presse-papiers, pour le coller chez le destinataire</translation>
    </message>
    <message>
        <source>Custom HMAC</source>
        <translation>HMAC personnalisé</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>En-&amp;tête :</translation>
    </message>
    <message>
        <source>Signature header name</source>
        <translation>Nom de l’en-tête de signature</translation>
    </message>
    <message>
        <source>X-Signature</source>
        <translation>X-Signature</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithme :</translation>
    </message>
    <message>
        <source>HMAC algorithm</source>
        <translation>Algorithme HMAC</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>E&amp;ncodage :</translation>
    </message>
    <message>
        <source>Signature encoding</source>
        <translation>Encodage de la signature</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Préfixe :</translation>
    </message>
    <message>
        <source>Signature prefix</source>
        <translation>Préfixe de la signature</translation>
    </message>
    <message>
        <source>sha256=</source>
        <translation>sha256=</translation>
    </message>
    <message>
        <source>Signed c&amp;ontent:</source>
        <translation>Contenu s&amp;igné :</translation>
    </message>
    <message>
        <source>Signed content</source>
        <translation>Contenu signé</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Verify the receiver&apos;s TLS certificate</source>
        <translation>&amp;Vérifier le certificat TLS du destinataire</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>Certificat épinglé :</translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256 du certificat épinglé</translation>
    </message>
    <message>
        <source>&amp;Previous secret:</source>
        <translation>Secret &amp;précédent :</translation>
    </message>
    <message>
        <source>How long the previous secret stays valid</source>
        <translation>Durée de validité du secret précédent</translation>
    </message>
    <message>
        <source>While both are valid, receivers can switch to the new secret without losing a request</source>
        <translation>Tant que les deux sont valides, les destinataires peuvent passer au nouveau secret sans perdre de requête</translation>
    </message>
</context>
<context>
    <name>SendTestDialog</name>
    <message>
        <source>Send test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <source>&amp;Event type:</source>
        <translation>&amp;Type d’événement :</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>&amp;Reset sample</source>
        <translation>&amp;Réinitialiser l’exemple</translation>
    </message>
    <message>
        <source>Put back the catalog&apos;s sample for this event type</source>
        <translation>Rétablir l’exemple du catalogue pour ce type d’événement</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send this event to the webhook now, once, as a test (Ctrl+Return)</source>
        <translation>Envoyer maintenant cet événement au webhook, une seule fois, à titre de test (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Event &amp;data (JSON):</source>
        <translation>&amp;Données de l’événement (JSON) :</translation>
    </message>
    <message>
        <source>Event data</source>
        <translation>Données de l’événement</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copier en c&amp;URL</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this request; secrets and the signature are left as shell variables</source>
        <translation>Copier une commande curl qui envoie cette requête ; les secrets et la signature y sont laissés sous forme de variables shell</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Statut de la réponse</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
</context>
<context>
    <name>ServeCommands</name>
    <message>
        <source> (HTTP %1, %2 ms)</source>
        <translation> (HTTP %1, %2 ms)</translation>
    </message>
    <message>
        <source>; next attempt at %1</source>
        <translation>; prochaine tentative à %1</translation>
    </message>
    <message>
        <source>Resource of the event.</source>
        <translation>Ressource de l’événement.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Event data as JSON, or @file (default: the type&apos;s sample).</source>
        <translation>Données de l’événement en JSON, ou @fichier (par défaut : l’exemple du type).</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Your id for the event; emitting it again does nothing.</source>
        <translation>Votre ID pour l’événement ; l’émettre à nouveau n’a aucun effet.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Deliver now and print the outcomes.</source>
        <translation>Livrer immédiatement et afficher les résultats.</translation>
    </message>
    <message>
        <source>The event type.</source>
        <translation>Le type d’événement.</translation>
    </message>
    <message>
        <source>usage: relaisctl emit TYPE [--resource R] [--data JSON|@file] [--id ID] [--wait]</source>
        <translation>utilisation : relaisctl emit TYPE [--resource R] [--data JSON|@fichier] [--id ID] [--wait]</translation>
    </message>
    <message>
        <source> (already emitted; nothing new was done)</source>
        <translation> (déjà émis ; rien de nouveau n’a été fait)</translation>
    </message>
    <message>
        <source>Matched no webhook.</source>
        <translation>Aucun webhook ne correspond.</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Webhooks correspondants : %1</translation>
    </message>
    <message>
        <source>Event type.</source>
        <translation>Type d’événement.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Event data as JSON, or @file.</source>
        <translation>Données de l’événement en JSON, ou @fichier.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Aucune réponse : %1</translation>
    </message>
    <message>
        <source>Response %1 in %2 ms</source>
        <translation>Réponse %1 en %2 ms</translation>
    </message>
    <message>
        <source> (body truncated)</source>
        <translation> (corps tronqué)</translation>
    </message>
    <message>
        <source>Logged as delivery %1.</source>
        <translation>Enregistré sous la livraison %1.</translation>
    </message>
    <message>
        <source>Intake address (default 127.0.0.1:8645).</source>
        <translation>Adresse de réception (127.0.0.1:8645 par défaut).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADRESSE:PORT</translation>
    </message>
    <message>
        <source>Deliver only; do not accept events over HTTP.</source>
        <translation>Livrer uniquement ; ne pas accepter d’événements par HTTP.</translation>
    </message>
    <message>
        <source>Let the intake listen on a non-loopback address (other hosts can then submit events).</source>
        <translation>Permettre au point de réception d’écouter sur une adresse autre que le bouclage (d’autres hôtes peuvent alors soumettre des événements).</translation>
    </message>
    <message>
        <source>--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8645.</source>
        <translation>--listen attend ADRESSE:PORT, par ex. 127.0.0.1:8645.</translation>
    </message>
    <message>
        <source>Dispatcher %1 running on %2.</source>
        <translation>Répartiteur %1 en cours d’exécution sur %2.</translation>
    </message>
    <message>
        <source>Intake: POST http://%1:%2/v1/events (token: relaisctl intake token)</source>
        <translation>Réception : POST http://%1:%2/v1/events (jeton : relaisctl intake token)</translation>
    </message>
    <message>
        <source>Stopping: finishing requests in flight…</source>
        <translation>Arrêt : fin des requêtes en cours…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>usage: relaisctl intake token [--regenerate]</source>
        <translation>utilisation : relaisctl intake token [--regenerate]</translation>
    </message>
    <message>
        <source>Replace the token; the old one stops working.</source>
        <translation>Remplacer le jeton ; l’ancien cesse de fonctionner.</translation>
    </message>
    <message>
        <source>A running relaisctl serve or Relais window uses the new token once it restarts its intake.</source>
        <translation>Une instance de relaisctl serve ou une fenêtre Relais en cours d’exécution utilise le nouveau jeton dès qu’elle redémarre son point de réception.</translation>
    </message>
    <message>
        <source>How long a claimed delivery stays this process&apos;s before another dispatcher may take it over after a crash (default 60).</source>
        <translation>Combien de temps une livraison réservée reste à ce processus avant qu’un autre répartiteur puisse la reprendre après un plantage (60 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>--lease-seconds takes a number from 2 to 3600.</source>
        <translation>--lease-seconds attend un nombre de 2 à 3600.</translation>
    </message>
    <message>
        <source>Send only to public addresses: refuse loopback, private and link-local targets, checked on the address each name resolves to.</source>
        <translation>N’envoyer qu’à des adresses publiques : refuser les cibles de bouclage, privées et lien-local, vérifiées sur l’adresse obtenue pour chaque nom.</translation>
    </message>
    <message>
        <source>Send only to these hosts, addresses or ranges (repeat the option; *.example.org, 10.0.0.0/8).</source>
        <translation>N’envoyer qu’à ces hôtes, adresses ou plages (répétez l’option ; *.example.org, 10.0.0.0/8).</translation>
    </message>
    <message>
        <source>HOST|CIDR</source>
        <translation>HÔTE|CIDR</translation>
    </message>
    <message>
        <source>Choose either --public-only or --allow-target.</source>
        <translation>Choisissez soit --public-only, soit --allow-target.</translation>
    </message>
    <message>
        <source>Targets: %1.</source>
        <translation>Cibles : %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>&amp;Send due deliveries from this window</source>
        <translation>&amp;Envoyer les livraisons dues depuis cette fenêtre</translation>
    </message>
    <message>
        <source>&amp;Keep the log for:</source>
        <translation>&amp;Garder le journal pendant :</translation>
    </message>
    <message>
        <source>Days the delivery log is kept</source>
        <translation>Nombre de jours de conservation du journal des livraisons</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>&amp;Any address, this machine and the local network included</source>
        <translation>&amp;Toute adresse, cette machine et le réseau local compris</translation>
    </message>
    <message>
        <source>&amp;Public addresses only</source>
        <translation>Adresses &amp;publiques uniquement</translation>
    </message>
    <message>
        <source>&amp;Only these hosts, addresses and ranges, one per line:</source>
        <translation>&amp;Uniquement ces hôtes, adresses et plages, un par ligne :</translation>
    </message>
    <message>
        <source>Allowed targets</source>
        <translation>Cibles autorisées</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Point d’entrée</translation>
    </message>
    <message>
        <source>&amp;Accept events over HTTP on this computer (127.0.0.1)</source>
        <translation>&amp;Accepter des événements par HTTP sur cet ordinateur (127.0.0.1)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Intake port</source>
        <translation>Port du point d’entrée</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Intake token</source>
        <translation>Jeton du point d’entrée</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Régénérer…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Emplacement de la base de données</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>F&amp;orget saved password</source>
        <translation>&amp;Oublier le mot de passe enregistré</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>The signature does not match: wrong secret, or the body was changed.</source>
        <translation>La signature ne correspond pas : secret erroné, ou corps modifié.</translation>
    </message>
    <message>
        <source>The %1 header is missing.</source>
        <translation>L’en-tête %1 est absent.</translation>
    </message>
    <message>
        <source>The timestamp in %1 is not a Unix time: &quot;%2&quot;.</source>
        <translation>L’horodatage de %1 n’est pas un temps Unix : &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The timestamp is stale: signed %1 seconds ago, beyond the tolerance of %2 seconds.</source>
        <translation>L’horodatage est périmé : signé il y a %1 secondes, au-delà de la tolérance de %2 secondes.</translation>
    </message>
    <message>
        <source>The timestamp is %1 seconds in the future, beyond the tolerance of %2 seconds.</source>
        <translation>L’horodatage est %1 secondes dans le futur, au-delà de la tolérance de %2 secondes.</translation>
    </message>
    <message>
        <source>The webhook-signature header holds no &quot;v1,&lt;base64&gt;&quot; signature.</source>
        <translation>L’en-tête webhook-signature ne contient aucune signature &quot;v1,&lt;base64&gt;&quot;.</translation>
    </message>
    <message>
        <source>The secret is not a Standard Webhooks secret: it should be &quot;whsec_&quot; followed by base64.</source>
        <translation>Le secret n’est pas un secret Standard Webhooks : il doit être &quot;whsec_&quot; suivi de base64.</translation>
    </message>
    <message>
        <source>The Stripe-Signature header should read &quot;t=&lt;time&gt;,v1=&lt;hex&gt;&quot;.</source>
        <translation>L’en-tête Stripe-Signature doit avoir la forme &quot;t=&lt;time&gt;,v1=&lt;hex&gt;&quot;.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Le secret est vide.</translation>
    </message>
    <message>
        <source>The %1 header should read &quot;%2&quot;.</source>
        <translation>L’en-tête %1 doit avoir la forme &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Unknown signature scheme.</source>
        <translation>Schéma de signature inconnu.</translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>The webhook has no active signing secret.</source>
        <translation>Le webhook n’a aucun secret de signature actif.</translation>
    </message>
    <message>
        <source>A signing secret is empty.</source>
        <translation>Un secret de signature est vide.</translation>
    </message>
    <message>
        <source>A Standard Webhooks signature needs a message id.</source>
        <translation>Une signature Standard Webhooks nécessite un identifiant de message.</translation>
    </message>
    <message>
        <source>The secret is not a Standard Webhooks secret: it should be &quot;whsec_&quot; followed by base64.</source>
        <translation>Le secret n’est pas un secret Standard Webhooks : il doit être &quot;whsec_&quot; suivi de base64.</translation>
    </message>
    <message>
        <source>Unknown signature scheme.</source>
        <translation>Schéma de signature inconnu.</translation>
    </message>
    <message>
        <source>Signing &quot;id.timestamp.body&quot; needs a message id.</source>
        <translation>Signer &quot;id.timestamp.body&quot; nécessite un identifiant de message.</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>Could not create the folder %1 for the database; check that it can be written.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données ; vérifiez qu’il est accessible en écriture.</translation>
    </message>
    <message>
        <source>Could not create the database file %1: %2</source>
        <translation>Impossible de créer le fichier de base de données %1 : %2</translation>
    </message>
    <message>
        <source>No SQLite file was given.</source>
        <translation>Aucun fichier SQLite n’a été indiqué.</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>« %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>The server wants a password: store it in the keychain (Settings › Database, or relaisctl db password), in ~/.pgpass, or in PGPASSWORD.</source>
        <translation>Le serveur demande un mot de passe : enregistrez-le dans le trousseau (Paramètres › Base de données, ou relaisctl db password), dans ~/.pgpass ou dans PGPASSWORD.</translation>
    </message>
    <message>
        <source>Check that the PostgreSQL server is running and accepts connections on that host and port.</source>
        <translation>Vérifiez que le serveur PostgreSQL fonctionne et accepte les connexions sur cet hôte et ce port.</translation>
    </message>
    <message>
        <source>Create the database and the user first (createdb, createuser), or correct the URL.</source>
        <translation>Créez d’abord la base et l’utilisateur (createdb, createuser), ou corrigez l’URL.</translation>
    </message>
</context>
<context>
    <name>TemplateParser</name>
    <message>
        <source>This placeholder is opened with {{ but never closed with }}.</source>
        <translation>Cet espace réservé est ouvert par {{ mais jamais fermé par }}.</translation>
    </message>
    <message>
        <source>This placeholder is empty; write an expression such as {{ doc.name }}.</source>
        <translation>Cet espace réservé est vide ; écrivez une expression comme {{ doc.name }}.</translation>
    </message>
    <message>
        <source>The template is not valid JSON here (%1). Placeholders outside quotes insert a JSON value; inside quotes they insert text.</source>
        <translation>Le modèle n’est pas du JSON valide ici (%1). Les espaces réservés hors guillemets insèrent une valeur JSON ; entre guillemets, ils insèrent du texte.</translation>
    </message>
</context>
<context>
    <name>TransportErrors</name>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>The server closed the connection before answering</source>
        <translation>Le serveur a fermé la connexion avant de répondre</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Hôte introuvable</translation>
    </message>
    <message>
        <source>The connection timed out</source>
        <translation>Le délai de connexion a expiré</translation>
    </message>
    <message>
        <source>TLS: the handshake failed (%1)</source>
        <translation>TLS : la négociation a échoué (%1)</translation>
    </message>
    <message>
        <source>The network is unavailable</source>
        <translation>Le réseau n’est pas disponible</translation>
    </message>
    <message>
        <source>Redirect from HTTPS to HTTP refused</source>
        <translation>Redirection de HTTPS vers HTTP refusée</translation>
    </message>
    <message>
        <source>Proxy error: %1</source>
        <translation>Erreur de proxy : %1</translation>
    </message>
    <message>
        <source>Unsupported protocol (only http and https are sent)</source>
        <translation>Protocole non pris en charge (seuls http et https sont envoyés)</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid HTTP</source>
        <translation>La réponse du serveur n’est pas du HTTP valide</translation>
    </message>
    <message>
        <source>Network error %1</source>
        <translation>Erreur réseau %1</translation>
    </message>
    <message>
        <source>Timed out after %1 s</source>
        <translation>Délai dépassé après %1 s</translation>
    </message>
    <message>
        <source>Timed out after %1 ms</source>
        <translation>Délai dépassé après %1 ms</translation>
    </message>
    <message>
        <source>certificate is self-signed</source>
        <translation>le certificat est auto-signé</translation>
    </message>
    <message>
        <source>certificate has expired</source>
        <translation>le certificat a expiré</translation>
    </message>
    <message>
        <source>certificate is not yet valid</source>
        <translation>le certificat n’est pas encore valide</translation>
    </message>
    <message>
        <source>certificate is for another host name</source>
        <translation>le certificat est destiné à un autre nom d’hôte</translation>
    </message>
    <message>
        <source>certificate is not signed by a trusted authority</source>
        <translation>le certificat n’est pas signé par une autorité de confiance</translation>
    </message>
    <message>
        <source>certificate has been revoked</source>
        <translation>le certificat a été révoqué</translation>
    </message>
    <message>
        <source>the certificate was refused</source>
        <translation>le certificat a été refusé</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS : %1</translation>
    </message>
    <message>
        <source>TLS: the certificate does not match the pinned SHA-256 fingerprint</source>
        <translation>TLS : le certificat ne correspond pas à l’empreinte SHA-256 épinglée</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Trop de redirections</translation>
    </message>
</context>
<context>
    <name>TriggerPage</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource :</translation>
    </message>
    <message>
        <source>Any resource</source>
        <translation>N’importe quelle ressource</translation>
    </message>
    <message>
        <source>Resource filter</source>
        <translation>Filtre de ressource</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Condition :</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>doc.grand_total &gt; 1000 &amp;&amp; doc.status != &quot;Cancelled&quot;</source>
        <translation>doc.grand_total &gt; 1000 &amp;&amp; doc.status != &quot;Cancelled&quot;</translation>
    </message>
    <message>
        <source>&amp;Try with:</source>
        <translation>&amp;Tester avec :</translation>
    </message>
    <message>
        <source>Sample event to try the trigger with</source>
        <translation>Événement d’exemple avec lequel tester le déclencheur</translation>
    </message>
    <message>
        <source>Result of the trigger for the sample event</source>
        <translation>Résultat du déclencheur pour l’événement d’exemple</translation>
    </message>
</context>
<context>
    <name>Webhook</name>
    <message>
        <source>Give the webhook a name.</source>
        <translation>Donnez un nom au webhook.</translation>
    </message>
    <message>
        <source>The name is too long (%1 characters, at most 200).</source>
        <translation>Le nom est trop long (%1 caractères, 200 au maximum).</translation>
    </message>
    <message>
        <source>Choose at least one event, or * for every event.</source>
        <translation>Choisissez au moins un événement, ou * pour tous les événements.</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot; is listed twice.</source>
        <translation>L’en-tête &quot;%1&quot; figure deux fois.</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot;: %2</source>
        <translation>En-tête &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>This body mode needs a template.</source>
        <translation>Ce mode de corps nécessite un modèle.</translation>
    </message>
    <message>
        <source>Add at least one form field.</source>
        <translation>Ajoutez au moins un champ de formulaire.</translation>
    </message>
    <message>
        <source>Every form field needs a key.</source>
        <translation>Chaque champ de formulaire doit avoir une clé.</translation>
    </message>
    <message>
        <source>The timeout must be between 0.1 and 300 seconds.</source>
        <translation>Le délai d’attente doit être compris entre 0,1 et 300 secondes.</translation>
    </message>
    <message>
        <source>At most 50 retries can be scheduled.</source>
        <translation>Au plus 50 nouvelles tentatives peuvent être planifiées.</translation>
    </message>
    <message>
        <source>Each retry delay must be between 0 seconds and 7 days.</source>
        <translation>Chaque délai avant nouvelle tentative doit être compris entre 0 seconde et 7 jours.</translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and 256.</source>
        <translation>Le parallélisme doit être compris entre 1 et 256.</translation>
    </message>
    <message>
        <source>The rate limit cannot be negative.</source>
        <translation>La limite de débit ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The auto-disable threshold cannot be negative.</source>
        <translation>Le seuil de désactivation automatique ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A pinned certificate fingerprint is 64 hexadecimal digits (SHA-256).</source>
        <translation>Une empreinte de certificat épinglé comporte 64 chiffres hexadécimaux (SHA-256).</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot; (use POST, PUT, PATCH or DELETE).</source>
        <translation>Méthode &quot;%1&quot; inconnue (utilisez POST, PUT, PATCH ou DELETE).</translation>
    </message>
    <message>
        <source>Unknown body mode &quot;%1&quot;.</source>
        <translation>Mode de corps &quot;%1&quot; inconnu.</translation>
    </message>
    <message>
        <source>Unknown signing scheme &quot;%1&quot;.</source>
        <translation>Schéma de signature &quot;%1&quot; inconnu.</translation>
    </message>
    <message>
        <source>Only JSON bodies can have encrypted fields: use the default envelope, a JSON template or a transform.</source>
        <translation>Seuls les corps JSON peuvent avoir des champs chiffrés : utilisez l’enveloppe par défaut, un modèle JSON ou une transformation.</translation>
    </message>
    <message>
        <source>An encrypted field needs a path, such as respondent.email or answers[*].value.</source>
        <translation>Un champ chiffré a besoin d’un chemin, comme respondent.email ou answers[*].value.</translation>
    </message>
    <message>
        <source>Encrypted fields need the receiver&apos;s OpenPGP public key.</source>
        <translation>Les champs chiffrés ont besoin de la clé publique OpenPGP du destinataire.</translation>
    </message>
    <message>
        <source>This is a private key. Paste the receiver&apos;s public key: a private key must never be stored here.</source>
        <translation>C’est une clé privée. Collez la clé publique du destinataire : une clé privée ne doit jamais être enregistrée ici.</translation>
    </message>
    <message>
        <source>The encryption key must be an ASCII-armored OpenPGP public key, from -----BEGIN PGP PUBLIC KEY BLOCK----- to -----END PGP PUBLIC KEY BLOCK-----.</source>
        <translation>La clé de chiffrement doit être une clé publique OpenPGP en armure ASCII, de -----BEGIN PGP PUBLIC KEY BLOCK----- à -----END PGP PUBLIC KEY BLOCK-----.</translation>
    </message>
</context>
<context>
    <name>WebhookCommands</name>
    <message>
        <source>Print JSON (a stable format).</source>
        <translation>Afficher du JSON (un format stable).</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>needs secret</source>
        <translation>secret requis</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>auto-disabled</source>
        <translation>désactivé automatiquement</translation>
    </message>
    <message>
        <source>No webhooks yet. Add one with: relaisctl webhook add --name N --url U</source>
        <translation>Aucun webhook pour l’instant. Ajoutez-en un avec : relaisctl webhook add --name N --url U</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>ÉVÉNEMENTS</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d’attente</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Id or name.</source>
        <translation>ID ou nom.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>webhook add needs --name and --url.</source>
        <translation>webhook add nécessite --name et --url.</translation>
    </message>
    <message>
        <source>usage: relaisctl webhook edit ID|NAME [options]</source>
        <translation>utilisation : relaisctl webhook edit ID|NOM [options]</translation>
    </message>
    <message>
        <source>Added webhook “%1” (%2).</source>
        <translation>Webhook « %1 » ajouté (%2).</translation>
    </message>
    <message>
        <source>Updated webhook “%1” (%2).</source>
        <translation>Webhook « %1 » mis à jour (%2).</translation>
    </message>
    <message>
        <source>Signing secret (shown only now; give it to the receiver):</source>
        <translation>Secret de signature (affiché une seule fois ; transmettez-le au destinataire) :</translation>
    </message>
    <message>
        <source>“%1” needs its secret first: relaisctl webhook edit &quot;%1&quot; --secret S</source>
        <translation>« %1 » a d’abord besoin de son secret : relaisctl webhook edit &quot;%1&quot; --secret S</translation>
    </message>
    <message>
        <source>Enabled “%1”.</source>
        <translation>« %1 » activé.</translation>
    </message>
    <message>
        <source>Disabled “%1”.</source>
        <translation>« %1 » désactivé.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <source>Write to FILE (readable by you only).</source>
        <translation>Écrire dans FICHIER (lisible par vous seul).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>impossible d’écrire « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n webhook(s) to %1.</source>
        <translation>
            <numerusform>%n webhook exporté vers %1.</numerusform>
            <numerusform>%n webhooks exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n webhook(s).</source>
        <translation>
            <numerusform>%n webhook importé.</numerusform>
            <numerusform>%n webhooks importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>  “%1” is disabled until you give its secret: relaisctl webhook edit &quot;%1&quot; --secret S (and --secret-header for secret headers)</source>
        <translation>  « %1 » reste désactivé tant que vous ne lui donnez pas son secret : relaisctl webhook edit &quot;%1&quot; --secret S (et --secret-header pour les en-têtes secrets)</translation>
    </message>
    <message>
        <source>webhook needs a subcommand: list, show, add, edit, enable, disable, remove, export or import.</source>
        <translation>webhook attend une sous-commande : list, show, add, edit, enable, disable, remove, export ou import.</translation>
    </message>
    <message>
        <source>unknown webhook subcommand “%1”.</source>
        <translation>sous-commande webhook inconnue « %1 ».</translation>
    </message>
    <message>
        <source>--keep-old-secret-for is for webhook edit.</source>
        <translation>--keep-old-secret-for s’utilise avec webhook edit.</translation>
    </message>
    <message>
        <source>A file made by webhook export, or with --from frappe an export of Frappe / Dokos Webhook documents.</source>
        <translation>Un fichier produit par webhook export ou, avec --from frappe, un export de documents Webhook de Frappe / Dokos.</translation>
    </message>
    <message>
        <source>The file&apos;s format: relais (default) or frappe.</source>
        <translation>Le format du fichier : relais (par défaut) ou frappe.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>usage: relaisctl webhook import [--from relais|frappe] [--json] FILE</source>
        <translation>utilisation : relaisctl webhook import [--from relais|frappe] [--json] FICHIER</translation>
    </message>
    <message>
        <source>unknown import format “%1” (use relais or frappe).</source>
        <translation>format d’import inconnu « %1 » (utilisez relais ou frappe).</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>Start from a seed system&apos;s preset (see webhook presets); the other options override it.</source>
        <translation>Partir du modèle d’un système (voir webhook presets) ; les autres options le remplacent.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>unknown preset “%1”: see relaisctl webhook presets.</source>
        <translation>modèle « %1 » inconnu : voir relaisctl webhook presets.</translation>
    </message>
    <message>
        <source>SYSTEM</source>
        <translation>SYSTÈME</translation>
    </message>
    <message>
        <source>BODY</source>
        <translation>CORPS</translation>
    </message>
    <message>
        <source>SIGNING</source>
        <translation>SIGNATURE</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>Use one with: relaisctl webhook add --preset KEY --name N --url U [--secret S | --generate-secret]</source>
        <translation>Pour en utiliser un : relaisctl webhook add --preset CLÉ --name N --url U [--secret S | --generate-secret]</translation>
    </message>
</context>
<context>
    <name>WebhookDetailsView</name>
    <message>
        <source>Webhook details</source>
        <translation>Détails du webhook</translation>
    </message>
    <message>
        <source>No webhook selected.</source>
        <translation>Aucun webhook sélectionné.</translation>
    </message>
    <message>
        <source>Webhook name</source>
        <translation>Nom du webhook</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Method and URL</source>
        <translation>Méthode et URL</translation>
    </message>
    <message>
        <source>Why this webhook is not sending</source>
        <translation>Pourquoi ce webhook n’envoie rien</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d’attente</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Auto-disable</source>
        <translation>Désactivation automatique</translation>
    </message>
</context>
<context>
    <name>WebhookEditorDialog</name>
    <message>
        <source>Pages of the editor</source>
        <translation>Pages de l’éditeur</translation>
    </message>
    <message>
        <source>What is still needed before saving</source>
        <translation>Ce qu’il reste à faire avant d’enregistrer</translation>
    </message>
</context>
<context>
    <name>WebhookHealthRepository</name>
    <message>
        <source>Could not update the webhook&apos;s health: %1</source>
        <translation>Impossible de mettre à jour l’état de santé du webhook : %1</translation>
    </message>
    <message>
        <source>Could not read the webhook&apos;s health: %1</source>
        <translation>Impossible de lire l’état de santé du webhook : %1</translation>
    </message>
</context>
<context>
    <name>WebhookListView</name>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Filter the webhooks by name, receiver host or event (Ctrl+F)</source>
        <translation>Filtrer les webhooks par nom, hôte destinataire ou événement (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search webhooks</source>
        <translation>Rechercher des webhooks</translation>
    </message>
    <message>
        <source>Search name, host or event…</source>
        <translation>Rechercher un nom, un hôte ou un événement…</translation>
    </message>
    <message>
        <source>Webhook list</source>
        <translation>Liste des webhooks</translation>
    </message>
    <message>
        <source>Each webhook with its state, receiver host and events</source>
        <translation>Chaque webhook avec son état, l’hôte destinataire et ses événements</translation>
    </message>
</context>
<context>
    <name>WebhookOptions</name>
    <message>
        <source>Webhook name (unique).</source>
        <translation>Nom du webhook (unique).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Free text for your colleagues.</source>
        <translation>Texte libre pour vos collègues.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Receiver URL (http or https; may hold {{ placeholders }}).</source>
        <translation>URL du destinataire (http ou https ; peut contenir des {{ espaces réservés }}).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>POST (default), PUT, PATCH or DELETE.</source>
        <translation>POST (par défaut), PUT, PATCH ou DELETE.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>Event pattern: a type, * for all, or a trailing wildcard such as &quot;Sales Order.*&quot;. Repeat for several.</source>
        <translation>Motif d’événement : un type, * pour tous, ou un joker final comme &quot;Sales Order.*&quot;. Répétez l’option pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>Only events about this resource (doctype, table, survey, page).</source>
        <translation>Uniquement les événements concernant cette ressource (type de document, table, questionnaire, page).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>JavaScript expression; the webhook fires when it is truthy, e.g. &apos;doc.total &gt; 40000&apos;.</source>
        <translation>Expression JavaScript ; le webhook se déclenche lorsqu’elle est vraie, par ex. &apos;doc.total &gt; 40000&apos;.</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>Extra header &apos;Name: value&apos;. Repeat for several.</source>
        <translation>En-tête supplémentaire &apos;Nom: valeur&apos;. Répétez l’option pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>HEADER</source>
        <translation>EN-TÊTE</translation>
    </message>
    <message>
        <source>Header whose value is kept in the keychain, e.g. &apos;Authorization: Bearer …&apos;.</source>
        <translation>En-tête dont la valeur est conservée dans le trousseau, par ex. &apos;Authorization: Bearer …&apos;.</translation>
    </message>
    <message>
        <source>default, json-template, transform, form or raw.</source>
        <translation>default, json-template, transform, form ou raw.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>File holding the body template.</source>
        <translation>Fichier contenant le modèle du corps.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Content-Type of the body.</source>
        <translation>Content-Type du corps.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>none, standard-webhooks, github, frappe, stripe, seatable, decsys or hmac.</source>
        <translation>none, standard-webhooks, github, frappe, stripe, seatable, decsys ou hmac.</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>SCHÉMA</translation>
    </message>
    <message>
        <source>Signing secret; &apos;-&apos; reads it from standard input.</source>
        <translation>Secret de signature ; &apos;-&apos; le lit sur l’entrée standard.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Generate a signing secret and print it once.</source>
        <translation>Générer un secret de signature et l’afficher une seule fois.</translation>
    </message>
    <message>
        <source>Seconds to wait for the receiver (default 10).</source>
        <translation>Secondes d’attente de la réponse du destinataire (10 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Create the webhook disabled.</source>
        <translation>Créer le webhook désactivé.</translation>
    </message>
    <message>
        <source>unknown method “%1”: use POST, PUT, PATCH or DELETE.</source>
        <translation>méthode inconnue « %1 » : utilisez POST, PUT, PATCH ou DELETE.</translation>
    </message>
    <message>
        <source>header “%1” must look like &apos;Name: value&apos;.</source>
        <translation>l’en-tête « %1 » doit avoir la forme &apos;Nom: valeur&apos;.</translation>
    </message>
    <message>
        <source>unknown body mode “%1”: use default, json-template, transform, form or raw.</source>
        <translation>mode de corps inconnu « %1 » : utilisez default, json-template, transform, form ou raw.</translation>
    </message>
    <message>
        <source>cannot read the template file “%1”: %2</source>
        <translation>impossible de lire le fichier de modèle « %1 » : %2</translation>
    </message>
    <message>
        <source>unknown signing scheme “%1”.</source>
        <translation>schéma de signature inconnu « %1 ».</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds, not “%1”.</source>
        <translation>--timeout attend un nombre de secondes, pas « %1 ».</translation>
    </message>
    <message>
        <source>give either --secret or --generate-secret, not both.</source>
        <translation>indiquez soit --secret, soit --generate-secret, pas les deux.</translation>
    </message>
    <message>
        <source>a secret needs a signing scheme: add --signing.</source>
        <translation>un secret nécessite un schéma de signature : ajoutez --signing.</translation>
    </message>
    <message>
        <source>With --secret or --generate-secret on edit: the current secret stays valid this long beside the new one (e.g. 24h, 7d), so receivers can switch over.</source>
        <translation>Avec --secret ou --generate-secret lors d’une modification : le secret actuel reste valable aussi longtemps à côté du nouveau (par ex. 24h, 7d), le temps que les destinataires basculent.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>--keep-old-secret-for takes a duration such as 30m, 24h or 7d.</source>
        <translation>--keep-old-secret-for attend une durée comme 30m, 24h ou 7d.</translation>
    </message>
    <message>
        <source>--keep-old-secret-for needs the new secret: --secret or --generate-secret.</source>
        <translation>--keep-old-secret-for demande le nouveau secret : --secret ou --generate-secret.</translation>
    </message>
</context>
<context>
    <name>WebhookPresets</name>
    <message>
        <source>ngSurvey respondents</source>
        <translation>Répondants ngSurvey</translation>
    </message>
    <message>
        <source>Each respondent and their answers, as ngSurvey posts them.</source>
        <translation>Chaque répondant et ses réponses, tels que ngSurvey les envoie.</translation>
    </message>
    <message>
        <source>POST of the respondent payload (respondent, answers, visited pages, data attributes, query string), with an editable payload transform.</source>
        <translation>POST de la charge utile du répondant (répondant, réponses, pages visitées, attributs de données, chaîne de requête), avec une transformation modifiable.</translation>
    </message>
    <message>
        <source>Dokos Sales Order submitted</source>
        <translation>Commande client Dokos validée</translation>
    </message>
    <message>
        <source>A Dokos / Frappe webhook on Sales Order, on_submit.</source>
        <translation>Un webhook Dokos / Frappe sur Sales Order, on_submit.</translation>
    </message>
    <message>
        <source>One doctype and doc event (Sales Order, on_submit), a JSON body from a template, signed with X-Frappe-Webhook-Signature.</source>
        <translation>Un doctype et un événement de document (Sales Order, on_submit), un corps JSON issu d’un modèle, signé avec X-Frappe-Webhook-Signature.</translation>
    </message>
    <message>
        <source>Decsys page navigation</source>
        <translation>Navigation entre pages Decsys</translation>
    </message>
    <message>
        <source>Every Decsys page navigation event, survey completion included.</source>
        <translation>Chaque événement de navigation entre pages de Decsys, fin d’enquête comprise.</translation>
    </message>
    <message>
        <source>All page navigation events with the Decsys payload (timestamp, survey id, participant, responses), signed with X-Decsys-Signature.</source>
        <translation>Tous les événements de navigation avec la charge utile Decsys (horodatage, identifiant d’enquête, participant, réponses), signés avec X-Decsys-Signature.</translation>
    </message>
    <message>
        <source>SeaTable row changes</source>
        <translation>Modifications de lignes SeaTable</translation>
    </message>
    <message>
        <source>Rows inserted, modified or deleted, in SeaTable&apos;s {event, data} envelope.</source>
        <translation>Lignes insérées, modifiées ou supprimées, dans l’enveloppe {event, data} de SeaTable.</translation>
    </message>
    <message>
        <source>Row insert, modify and delete in SeaTable&apos;s {event, data} envelope, signed with X-SeaTable-Signature: sha256=…</source>
        <translation>Insertion, modification et suppression de lignes dans l’enveloppe {event, data} de SeaTable, signées avec X-SeaTable-Signature: sha256=…</translation>
    </message>
</context>
<context>
    <name>WebhookRepository</name>
    <message>
        <source>Could not save the webhook “%1”: %2</source>
        <translation>Impossible d’enregistrer le webhook « %1 » : %2</translation>
    </message>
    <message>
        <source>The stored webhook “%1” is damaged (%2).</source>
        <translation>Le webhook enregistré « %1 » est endommagé (%2).</translation>
    </message>
    <message>
        <source>Could not read the webhooks: %1</source>
        <translation>Impossible de lire les webhooks : %1</translation>
    </message>
    <message>
        <source>Could not check the webhook names: %1</source>
        <translation>Impossible de vérifier les noms des webhooks : %1</translation>
    </message>
    <message>
        <source>A webhook named “%1” already exists.</source>
        <translation>Un webhook nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>There is no webhook with id %1; it may have been deleted.</source>
        <translation>Il n’existe aucun webhook d’ID %1 ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>the name is used twice in the list</source>
        <translation>le nom figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>the id %1 is used twice in the list</source>
        <translation>l’ID %1 figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>Webhook %1 (“%2”): %3</source>
        <translation>Webhook %1 (« %2 ») : %3</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n’a été enregistré. %1</translation>
    </message>
    <message>
        <source>Could not delete the webhook: %1</source>
        <translation>Impossible de supprimer le webhook : %1</translation>
    </message>
    <message>
        <source>Could not change the webhook: %1</source>
        <translation>Impossible de modifier le webhook : %1</translation>
    </message>
    <message>
        <source>“%1” is the id of one webhook and the name of another; use the id.</source>
        <translation>« %1 » est l’ID d’un webhook et le nom d’un autre ; utilisez l’ID.</translation>
    </message>
</context>
<context>
    <name>WebhookService</name>
    <message>
        <source>The signing secret cannot be empty.</source>
        <translation>Le secret de signature ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A webhook named “%1” already exists.</source>
        <translation>Un webhook nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>The %1 signature needs a secret: give one or generate one.</source>
        <translation>La signature %1 nécessite un secret : indiquez-en un ou générez-en un.</translation>
    </message>
    <message>
        <source>The secret header “%1” needs a value.</source>
        <translation>L’en-tête secret « %1 » doit avoir une valeur.</translation>
    </message>
    <message>
        <source>This webhook no longer exists.</source>
        <translation>Ce webhook n’existe plus.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>Le fichier n’est pas du JSON valide (à l’octet %1 : %2).</translation>
    </message>
    <message>
        <source>The file holds no webhooks.</source>
        <translation>Le fichier ne contient aucun webhook.</translation>
    </message>
    <message>
        <source>The file was exported by a newer Relais; upgrade Relais to import it.</source>
        <translation>Le fichier a été exporté par une version plus récente de Relais ; mettez Relais à jour pour l’importer.</translation>
    </message>
    <message>
        <source>Entry %1 (“%2”): %3</source>
        <translation>Entrée %1 (« %2 ») : %3</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n’a été importé. %1</translation>
    </message>
    <message>
        <source>This webhook does not sign its requests.</source>
        <translation>Ce webhook ne signe pas ses requêtes.</translation>
    </message>
    <message>
        <source>The previous secret must stay valid until a time in the future.</source>
        <translation>L’ancien secret doit rester valable jusqu’à un moment futur.</translation>
    </message>
</context>
<context>
    <name>WebhookText</name>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Disabled after failures</source>
        <translation>Désactivé après des échecs</translation>
    </message>
    <message>
        <source>Needs its secret</source>
        <translation>Secret requis</translation>
    </message>
    <message>
        <source>every event</source>
        <translation>tous les événements</translation>
    </message>
    <message>
        <source>immediately</source>
        <translation>immédiatement</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>one attempt, no retry</source>
        <translation>une seule tentative, sans nouvelle tentative</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Default envelope</source>
        <translation>Enveloppe par défaut</translation>
    </message>
    <message>
        <source>JSON template</source>
        <translation>Modèle JSON</translation>
    </message>
    <message>
        <source>JavaScript transform</source>
        <translation>Transformation JavaScript</translation>
    </message>
    <message numerus="yes">
        <source>Form, %n field</source>
        <translation>
            <numerusform>Formulaire, %n champ</numerusform>
            <numerusform>Formulaire, %n champs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Form, %n fields</source>
        <translation>
            <numerusform>Formulaire, %n champ</numerusform>
            <numerusform>Formulaire, %n champs</numerusform>
        </translation>
    </message>
    <message>
        <source>Raw text template</source>
        <translation>Modèle de texte brut</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature)</source>
        <translation>Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature)</translation>
    </message>
    <message>
        <source>Stripe style (Stripe-Signature)</source>
        <translation>Style Stripe (Stripe-Signature)</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Frappe / Dokos</source>
        <translation>Frappe / Dokos</translation>
    </message>
    <message>
        <source>SeaTable</source>
        <translation>SeaTable</translation>
    </message>
    <message>
        <source>Decsys</source>
        <translation>Decsys</translation>
    </message>
    <message>
        <source>Custom HMAC</source>
        <translation>HMAC personnalisé</translation>
    </message>
    <message>
        <source>%1 (%2 in %3)</source>
        <translation>%1 (%2 dans %3)</translation>
    </message>
    <message>
        <source>%1 · secret missing</source>
        <translation>%1 · secret manquant</translation>
    </message>
    <message>
        <source>%1 · secret in the keychain</source>
        <translation>%1 · secret dans le trousseau</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n secrets in the keychain</source>
        <translation>
            <numerusform>%1 · %n secret dans le trousseau</numerusform>
            <numerusform>%1 · %n secrets dans le trousseau</numerusform>
        </translation>
    </message>
    <message>
        <source>No extra headers</source>
        <translation>Aucun en-tête supplémentaire</translation>
    </message>
    <message>
        <source>%1: %2  [secret]</source>
        <translation>%1: %2  [secret]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>TLS certificate NOT verified</source>
        <translation>Certificat TLS NON vérifié</translation>
    </message>
    <message>
        <source>TLS certificate pinned</source>
        <translation>Certificat TLS épinglé</translation>
    </message>
    <message>
        <source>TLS certificate verified</source>
        <translation>Certificat TLS vérifié</translation>
    </message>
    <message>
        <source>follows redirects</source>
        <translation>suit les redirections</translation>
    </message>
    <message>
        <source>no redirects</source>
        <translation>pas de redirection</translation>
    </message>
    <message numerus="yes">
        <source>up to %n at a time</source>
        <translation>
            <numerusform>jusqu’à %n requête à la fois</numerusform>
            <numerusform>jusqu’à %n requêtes à la fois</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 per second</source>
        <translation>au plus %1 par seconde</translation>
    </message>
</context>
<context>
    <name>WorkerPool</name>
    <message>
        <source>Relais stopped before the response arrived</source>
        <translation>Relais s’est arrêté avant l’arrivée de la réponse</translation>
    </message>
</context>
<context>
    <name>relais</name>
    <message>
        <source>Database to open: sqlite:///path/file.db or postgresql://user@host:port/db (default: RELAIS_DB, else relais.db in your data folder).</source>
        <translation>Base de données à ouvrir : sqlite:///path/file.db ou postgresql://user@host:port/db (par défaut : RELAIS_DB, sinon relais.db dans votre dossier de données).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Relais, a desktop console for outgoing webhooks.</source>
        <translation>Relais, une console de bureau pour les webhooks sortants.</translation>
    </message>
    <message>
        <source>relais: %1</source>
        <translation>relais: %1</translation>
    </message>
    <message>
        <source>Try “relais --help”.</source>
        <translation>Essayez « relais --help ».</translation>
    </message>
    <message>
        <source>Relais cannot start</source>
        <translation>Relais ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The database location is not valid.</source>
        <translation>L’emplacement de la base de données n’est pas valide.</translation>
    </message>
    <message>
        <source>Relais could not open its database %1.</source>
        <translation>Relais n’a pas pu ouvrir sa base de données %1.</translation>
    </message>
    <message>
        <source>%1

Check that the file or server is reachable and that you may write to it, or choose another database with --db or RELAIS_DB.</source>
        <translation>%1

Vérifiez que le fichier ou le serveur est accessible et que vous pouvez y écrire, ou choisissez une autre base de données avec --db ou RELAIS_DB.</translation>
    </message>
    <message>
        <source>The built-in inbox could not start: %1</source>
        <translation>La boîte de réception intégrée n’a pas pu démarrer : %1</translation>
    </message>
</context>
<context>
    <name>relais::ActivityView</name>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>Deliveries per hour over the last 24 hours</source>
        <translation>Livraisons par heure sur les dernières 24 heures</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>Deliveries per day over the last 30 days</source>
        <translation>Livraisons par jour sur les 30 derniers jours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Réessayées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>Median response time</source>
        <translation>Temps de réponse médian</translation>
    </message>
    <message>
        <source>Half of the attempts in the period were answered faster</source>
        <translation>La moitié des tentatives de la période ont reçu une réponse plus rapide</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95e centile</translation>
    </message>
    <message>
        <source>95% of the attempts in the period were answered faster</source>
        <translation>95 % des tentatives de la période ont reçu une réponse plus rapide</translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation>En attente dans la file</translation>
    </message>
    <message>
        <source>Deliveries of every webhook waiting to be sent</source>
        <translation>Livraisons de tous les webhooks en attente d’envoi</translation>
    </message>
    <message>
        <source>Hour (local time), %1 to %2</source>
        <translation>Heure (locale), du %1 au %2</translation>
    </message>
    <message>
        <source>Day, %1 to %2</source>
        <translation>Jour, du %1 au %2</translation>
    </message>
    <message>
        <source>Hour (local time)</source>
        <translation>Heure (locale)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) in the period</source>
        <translation>
            <numerusform>%n tentative dans la période</numerusform>
            <numerusform>%n tentatives dans la période</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 due now, %2 being sent, %3 waiting for the keychain</source>
        <translation>%1 à envoyer maintenant, %2 en cours d’envoi, %3 en attente du trousseau</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Could not update: %1</source>
        <translation>Mise à jour impossible : %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1
Succeeded: %2
Retried: %3
Failed: %4
Pending: %5</source>
        <translation>%1
Réussies : %2
Réessayées : %3
Échouées : %4
En attente : %5</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Chart of deliveries by outcome</source>
        <translation>Graphique des livraisons par résultat</translation>
    </message>
    <message>
        <source>&amp;All webhooks</source>
        <translation>&amp;Tous les webhooks</translation>
    </message>
    <message>
        <source>Show the activity of every webhook, not only the selected one</source>
        <translation>Montrer l’activité de tous les webhooks, pas seulement du webhook sélectionné</translation>
    </message>
</context>
<context>
    <name>relais::DeliveryEngine</name>
    <message>
        <source>The dispatcher stopped before the test was sent.</source>
        <translation>Le répartiteur s’est arrêté avant l’envoi du test.</translation>
    </message>
    <message>
        <source>The dispatcher is not running; start it to send tests.</source>
        <translation>Le répartiteur ne fonctionne pas ; démarrez-le pour envoyer des tests.</translation>
    </message>
</context>
<context>
    <name>relais::DeliveryLogModel</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Waiting for keychain</source>
        <translation>En attente du trousseau</translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (test)</translation>
    </message>
    <message>
        <source>%1, retry at %2</source>
        <translation>%1, nouvel essai à %2</translation>
    </message>
    <message>
        <source>Not rendered</source>
        <translation>Non générée</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>relais::DeliveryLogView</name>
    <message>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx succès</translation>
    </message>
    <message>
        <source>4xx refused</source>
        <translation>4xx refus</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx erreur serveur</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Could not read the deliveries: %1</source>
        <translation>Impossible de lire les livraisons : %1</translation>
    </message>
    <message>
        <source>Could not read the deliveries</source>
        <translation>Impossible de lire les livraisons</translation>
    </message>
    <message>
        <source>Select a delivery to see its attempts.</source>
        <translation>Sélectionnez une livraison pour voir ses tentatives.</translation>
    </message>
    <message>
        <source>This delivery no longer exists.</source>
        <translation>Cette livraison n’existe plus.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>Aucune tentative pour l’instant.</translation>
    </message>
    <message>
        <source>A test is not redelivered: send a new test instead.</source>
        <translation>Un test ne se relivre pas : envoyez plutôt un nouveau test.</translation>
    </message>
    <message>
        <source>Send the stored request again now, as a new attempt</source>
        <translation>Renvoyer maintenant la requête enregistrée, sous forme de nouvelle tentative</translation>
    </message>
    <message>
        <source>Could not redeliver %1: %2</source>
        <translation>Impossible de relivrer %1 : %2</translation>
    </message>
    <message>
        <source>%1 was not redelivered: it is being sent, or has nothing to send.</source>
        <translation>%1 n’a pas été relivrée : elle est en cours d’envoi, ou n’a rien à envoyer.</translation>
    </message>
    <message>
        <source>Redelivery of %1 scheduled.</source>
        <translation>Nouvelle livraison de %1 planifiée.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has no failed delivery in the last %n day(s).</source>
        <translation>
            <numerusform>« %1 » n’a aucune livraison en échec depuis %n jour.</numerusform>
            <numerusform>« %1 » n’a aucune livraison en échec depuis %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeliver Failed Deliveries</source>
        <translation>Relivrer les livraisons en échec</translation>
    </message>
    <message numerus="yes">
        <source>Redeliver the failed deliveries of “%1” (%n)?</source>
        <translation>
            <numerusform>Relivrer les livraisons en échec de « %1 » (%n) ?</numerusform>
            <numerusform>Relivrer les livraisons en échec de « %1 » (%n) ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every failed or exhausted delivery of the last %n day(s) is sent again now, as a new attempt.</source>
        <translation>
            <numerusform>Chaque livraison en échec ou abandonnée depuis %n jour est renvoyée maintenant, comme une nouvelle tentative.</numerusform>
            <numerusform>Chaque livraison en échec ou abandonnée des %n derniers jours est renvoyée maintenant, comme une nouvelle tentative.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeliver</source>
        <translation>Relivrer</translation>
    </message>
    <message>
        <source>Could not redeliver the failed deliveries of “%1”: %2</source>
        <translation>Impossible de relivrer les livraisons en échec de « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>Failed deliveries of “%1” scheduled again: %n.</source>
        <translation>
            <numerusform>Livraisons en échec de « %1 » replanifiées : %n.</numerusform>
            <numerusform>Livraisons en échec de « %1 » replanifiées : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Deliveries</source>
        <translation>Exporter les livraisons</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d’exporter vers %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Deliveries exported to %1: %n.</source>
        <translation>
            <numerusform>Livraisons exportées vers %1 : %n.</numerusform>
            <numerusform>Livraisons exportées vers %1 : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no response body to save.</source>
        <translation>%1 n’a pas de corps de réponse à enregistrer.</translation>
    </message>
    <message>
        <source>Save Response Body</source>
        <translation>Enregistrer le corps de la réponse</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Impossible d’enregistrer dans %1 : %2</translation>
    </message>
    <message>
        <source>Response body of attempt %1 saved to %2.</source>
        <translation>Corps de la réponse de la tentative %1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>Attempt %1 · %2</source>
        <translation>Tentative %1 · %2</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Exporting deliveries to %1…</source>
        <translation>Export des livraisons vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Exporting deliveries to %1: %n row(s) written…</source>
        <translation>
            <numerusform>Export des livraisons vers %1 : %n ligne écrite…</numerusform>
            <numerusform>Export des livraisons vers %1 : %n lignes écrites…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
</context>
<context>
    <name>relais::DeliveryPage</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Sans nouvelle tentative</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> par seconde</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> failures in a row</source>
        <translation> échecs consécutifs</translation>
    </message>
    <message>
        <source>How long to wait for the receiver&apos;s answer before the attempt fails.</source>
        <translation>Durée d’attente de la réponse du destinataire avant l’échec de la tentative.</translation>
    </message>
    <message>
        <source>Requests to this receiver at the same time, at most.</source>
        <translation>Nombre maximal de requêtes simultanées vers ce destinataire.</translation>
    </message>
    <message>
        <source>Relais turns the webhook off and tells you when this many deliveries in a row have used up all their attempts.</source>
        <translation>Relais désactive le webhook et vous prévient lorsque autant de livraisons consécutives ont épuisé toutes leurs tentatives.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Timeouts, retries and limits, so that a slow receiver is not overwhelmed.</source>
        <translation>Délais d’attente, nouvelles tentatives et limites, pour ne pas submerger un destinataire lent.</translation>
    </message>
    <message>
        <source>immediately</source>
        <translation>immédiatement</translation>
    </message>
    <message>
        <source>“%1” is not a delay: write a number with s, m, h or d, as in 0, 5s, 5m, 2h.</source>
        <translation>« %1 » n’est pas un délai : écrivez un nombre suivi de s, m, h ou d (jours), comme dans 0, 5s, 5m, 2h.</translation>
    </message>
    <message>
        <source>List at least one attempt; 0 sends at once.</source>
        <translation>Indiquez au moins une tentative ; 0 envoie immédiatement.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>%1 over about %2: %3.</source>
        <translation>%1 sur environ %2 : %3.</translation>
    </message>
</context>
<context>
    <name>relais::DispatcherStatus</name>
    <message>
        <source>Dispatcher</source>
        <translation>Répartiteur</translation>
    </message>
    <message>
        <source>Deliveries waiting</source>
        <translation>Livraisons en attente</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Mise en pause…</translation>
    </message>
    <message>
        <source>Dispatcher running</source>
        <translation>Répartiteur actif</translation>
    </message>
    <message>
        <source>Dispatcher paused</source>
        <translation>Répartiteur en pause</translation>
    </message>
    <message>
        <source>Deliveries are being sent. Click to pause: events are still stored and wait.</source>
        <translation>Les livraisons sont en cours d’envoi. Cliquez pour mettre en pause : les événements restent enregistrés et attendent.</translation>
    </message>
    <message>
        <source>Nothing is sent from this window. Click to resume.</source>
        <translation>Rien n’est envoyé depuis cette fenêtre. Cliquez pour reprendre.</translation>
    </message>
    <message>
        <source>Queue unknown</source>
        <translation>File d’attente inconnue</translation>
    </message>
    <message>
        <source>Nothing queued</source>
        <translation>File d’attente vide</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>%n à envoyer maintenant</numerusform>
            <numerusform>%n à envoyer maintenant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being sent</source>
        <translation>
            <numerusform>%n en cours d’envoi</numerusform>
            <numerusform>%n en cours d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the keychain</source>
        <translation>
            <numerusform>%n en attente du trousseau</numerusform>
            <numerusform>%n en attente du trousseau</numerusform>
        </translation>
    </message>
    <message>
        <source>Other dispatchers</source>
        <translation>Autres répartiteurs</translation>
    </message>
    <message>
        <source>%1 (this window)</source>
        <translation>%1 (cette fenêtre)</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>processus %1</translation>
    </message>
    <message numerus="yes">
        <source>running, last heard %n s ago</source>
        <translation>
            <numerusform>actif, dernier signal il y a %n s</numerusform>
            <numerusform>actif, dernier signal il y a %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped at %1</source>
        <translation>arrêté à %1</translation>
    </message>
    <message>
        <source>silent since %1</source>
        <translation>silencieux depuis %1</translation>
    </message>
    <message>
        <source>Other dispatchers unknown</source>
        <translation>Autres répartiteurs inconnus</translation>
    </message>
    <message>
        <source>Other dispatchers: %1</source>
        <translation>Autres répartiteurs : %1</translation>
    </message>
    <message>
        <source>Waiting for the requests being sent to finish.</source>
        <translation>En attente de la fin des requêtes en cours d’envoi.</translation>
    </message>
</context>
<context>
    <name>relais::EmitEventDialog</name>
    <message>
        <source>The data is not valid JSON: %1</source>
        <translation>Les données ne sont pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>The event&apos;s data must be a JSON object ({ … }).</source>
        <translation>Les données de l’événement doivent être un objet JSON ({ … }).</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Soumission…</translation>
    </message>
    <message>
        <source>The event was not accepted: %1</source>
        <translation>L’événement n’a pas été accepté : %1</translation>
    </message>
    <message>
        <source>Event %1 stored; no enabled webhook listens to it.</source>
        <translation>Événement %1 enregistré ; aucun webhook activé ne l’écoute.</translation>
    </message>
    <message numerus="yes">
        <source>Event %1 stored; %n webhook(s) will get it: %2</source>
        <translation>
            <numerusform>Événement %1 enregistré ; %n webhook le recevra : %2</numerusform>
            <numerusform>Événement %1 enregistré ; %n webhooks le recevront : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::EmptyStateView</name>
    <message>
        <source>Then refresh (F5) and it appears here. “relaisctl webhook add --help” lists every option: method, headers, templates, signatures.</source>
        <translation>Actualisez ensuite (F5) et il apparaît ici. « relaisctl webhook add --help » liste toutes les options : méthode, en-têtes, modèles, signatures.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>&amp;Copier la commande</translation>
    </message>
    <message>
        <source>Dokos orders</source>
        <translation>Commandes Dokos</translation>
    </message>
    <message>
        <source>New from a &amp;preset</source>
        <translation>Nouveau à partir d’un &amp;modèle</translation>
    </message>
    <message>
        <source>Start from what ngSurvey, Dokos, Decsys or SeaTable send</source>
        <translation>Partir de ce qu’envoient ngSurvey, Dokos, Decsys ou SeaTable</translation>
    </message>
    <message>
        <source>&amp;Try it with the built-in inbox</source>
        <translation>&amp;Essayer avec la boîte de réception intégrée</translation>
    </message>
    <message>
        <source>Creates a signed webhook to Relais&apos;s own inbox and sends it a sample event: watch it arrive, verified, in the Inbox tab</source>
        <translation>Crée un webhook signé vers la boîte de réception de Relais et lui envoie un événement d’exemple : regardez-le arriver, vérifié, dans l’onglet Boîte de réception</translation>
    </message>
</context>
<context>
    <name>relais::EncryptionEditor</name>
    <message>
        <source>The values at these paths of the JSON body are replaced by OpenPGP messages that only the recipient can read, before the request is signed. Paths: respondent.email, answers[0], answers[*].value, answers[?classification==&quot;restricted&quot;].value.</source>
        <translation>Les valeurs à ces chemins du corps JSON sont remplacées par des messages OpenPGP que seul le destinataire peut lire, avant la signature de la requête. Chemins : respondent.email, answers[0], answers[*].value, answers[?classification==&quot;restricted&quot;].value.</translation>
    </message>
    <message>
        <source>Checking the key with GnuPG…</source>
        <translation>Vérification de la clé avec GnuPG…</translation>
    </message>
    <message>
        <source>Encrypts to %1, key %2</source>
        <translation>Chiffre pour %1, clé %2</translation>
    </message>
    <message>
        <source>, valid until %1.</source>
        <translation>, valide jusqu’au %1.</translation>
    </message>
    <message>
        <source>, no expiry.</source>
        <translation>, sans expiration.</translation>
    </message>
</context>
<context>
    <name>relais::EventPicker</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Already sent: the pattern %1 includes it.</source>
        <translation>Déjà envoyé : le motif %1 l’inclut.</translation>
    </message>
    <message>
        <source>* (every event)</source>
        <translation>* (tous les événements)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n known event)</source>
        <translation>
            <numerusform>%1 (%n événement connu)</numerusform>
            <numerusform>%1 (%n événements connus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n known events)</source>
        <translation>
            <numerusform>%1 (%n événement connu)</numerusform>
            <numerusform>%1 (%n événements connus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing yet: tick an event on the left.</source>
        <translation>Rien pour l’instant : cochez un événement à gauche.</translation>
    </message>
</context>
<context>
    <name>relais::GeneralPage</name>
    <message>
        <source>Placeholders such as {{ doc.name }} are filled in for each event.</source>
        <translation>Les espaces réservés comme {{ doc.name }} sont remplis pour chaque événement.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>What the webhook is called and where its requests go.</source>
        <translation>Le nom du webhook et la destination de ses requêtes.</translation>
    </message>
    <message>
        <source>Relais turned this webhook off: %1 Enable it to send again.</source>
        <translation>Relais a désactivé ce webhook : %1 Activez-le pour reprendre les envois.</translation>
    </message>
    <message>
        <source>Id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créé le %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>modifié le %1</translation>
    </message>
    <message>
        <source>Relais &amp;inbox</source>
        <translation>&amp;Boîte Relais</translation>
    </message>
    <message>
        <source>Send to a Relais inbox: %1, where each request and its signature check can be seen in the Inbox tab</source>
        <translation>Envoyer vers une boîte de réception Relais : %1, où chaque requête et la vérification de sa signature se voient dans l’onglet Boîte de réception</translation>
    </message>
    <message>
        <source>Send to a Relais inbox</source>
        <translation>Envoyer vers une boîte de réception Relais</translation>
    </message>
</context>
<context>
    <name>relais::HeadersEditor</name>
    <message>
        <source>Values may hold placeholders such as {{ doc.name }}. Tick Secret for credentials (Authorization, API keys): the value goes to the keychain and is never shown again.</source>
        <translation>Les valeurs peuvent contenir des espaces réservés comme {{ doc.name }}. Cochez Secret pour les identifiants (Authorization, clés d’API) : la valeur est placée dans le trousseau et n’est plus jamais affichée.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Extra request headers; secret ones stay in the keychain.</source>
        <translation>En-têtes de requête supplémentaires ; les en-têtes secrets restent dans le trousseau.</translation>
    </message>
    <message>
        <source>Secret values are not copied with a webhook: enter them again.</source>
        <translation>Les valeurs secrètes ne sont pas copiées avec un webhook : saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>relais::HeadersTableModel</name>
    <message>
        <source>Type a new value to replace it</source>
        <translation>Saisissez une nouvelle valeur pour la remplacer</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Valeur secrète</translation>
    </message>
    <message>
        <source>Enter the value of the secret header “%1”.</source>
        <translation>Saisissez la valeur de l’en-tête secret « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is no longer secret: enter its value again, the stored one stays hidden.</source>
        <translation>« %1 » n’est plus secret : saisissez à nouveau sa valeur, la valeur enregistrée reste masquée.</translation>
    </message>
    <message>
        <source>Header “%1” is listed twice.</source>
        <translation>L’en-tête « %1 » figure deux fois.</translation>
    </message>
    <message>
        <source>%1 in the keychain</source>
        <translation>%1 dans le trousseau</translation>
    </message>
    <message>
        <source>The value is kept in the keychain. Type a new one to replace it.</source>
        <translation>La valeur est conservée dans le trousseau. Saisissez-en une nouvelle pour la remplacer.</translation>
    </message>
    <message>
        <source>Secret: kept in the keychain, never shown or logged.</source>
        <translation>Secret : conservé dans le trousseau, jamais affiché ni journalisé.</translation>
    </message>
    <message>
        <source>Keep the value in the keychain and hide it everywhere</source>
        <translation>Conserver la valeur dans le trousseau et la masquer partout</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Not secret</source>
        <translation>Non secret</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>relais::ImportDialog</name>
    <message>
        <source>Import webhooks</source>
        <translation>Importer des webhooks</translation>
    </message>
    <message>
        <source>Webhooks to import and notes</source>
        <translation>Webhooks à importer et remarques</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 16 MB: this is not a webhook export.</source>
        <translation>« %1 » dépasse 16 Mo : ce n’est pas un export de webhooks.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This file is neither a Relais export nor an export of Frappe / Dokos Webhook documents.</source>
        <translation>Ce fichier n’est ni un export de Relais, ni un export de documents Webhook de Frappe / Dokos.</translation>
    </message>
    <message numerus="yes">
        <source>— a Relais export with %n webhook(s). Signed webhooks come without their secret and stay disabled until you give it.</source>
        <translation>
            <numerusform>— un export de Relais avec %n webhook. Les webhooks signés arrivent sans leur secret et restent désactivés jusqu’à ce que vous le donniez.</numerusform>
            <numerusform>— un export de Relais avec %n webhooks. Les webhooks signés arrivent sans leur secret et restent désactivés jusqu’à ce que vous le donniez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Carried over as is</source>
        <translation>Repris tel quel</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %n Frappe / Dokos webhook(s).</source>
        <translation>
            <numerusform>— %n webhook Frappe / Dokos.</numerusform>
            <numerusform>— %n webhooks Frappe / Dokos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything can be carried over.</source>
        <translation>Tout peut être repris.</translation>
    </message>
    <message>
        <source>Read the notes: what they name was not carried over as is and needs your attention.</source>
        <translation>Lisez les remarques : ce qu’elles citent n’a pas été repris tel quel et demande votre attention.</translation>
    </message>
</context>
<context>
    <name>relais::InboxRequestModel</name>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>relais::InboxServer</name>
    <message>
        <source>Failing on purpose: request %1 of the first %2.</source>
        <translation>Échec volontaire : requête %1 des %2 premières.</translation>
    </message>
    <message>
        <source>The inbox did not start: %1 is not a loopback address; the inbox only listens on this computer.</source>
        <translation>La boîte n’a pas démarré : %1 n’est pas une adresse de bouclage ; la boîte n’écoute que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The inbox could not listen on %1, port %2: %3</source>
        <translation>La boîte n’a pas pu écouter sur %1, port %2 : %3</translation>
    </message>
    <message>
        <source>There is nothing here. Inboxes receive requests at /inbox/&lt;name&gt;.</source>
        <translation>Il n’y a rien ici. Les boîtes reçoivent les requêtes sur /inbox/&lt;nom&gt;.</translation>
    </message>
    <message>
        <source>There is no inbox “%1”. Create it in Relais or with relaisctl inbox add %1.</source>
        <translation>Il n’y a pas de boîte « %1 ». Créez-la dans Relais ou avec relaisctl inbox add %1.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Le corps de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>No webhook is aimed at this inbox, so there is no secret to check the signature with.</source>
        <translation>Aucun webhook ne vise cette boîte : il n’y a pas de secret pour vérifier la signature.</translation>
    </message>
    <message>
        <source>The webhook “%1” does not sign its requests.</source>
        <translation>Le webhook « %1 » ne signe pas ses requêtes.</translation>
    </message>
    <message>
        <source>The signing secret of “%1” cannot be read: %2</source>
        <translation>Le secret de signature de « %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The webhook “%1” has no active signing secret.</source>
        <translation>Le webhook « %1 » n’a pas de secret de signature actif.</translation>
    </message>
    <message>
        <source>Signed by “%1” with an active secret.</source>
        <translation>Signé par « %1 » avec un secret actif.</translation>
    </message>
    <message>
        <source>The signature does not match, and the body is not the one Relais sent for this delivery: it was changed on the way.</source>
        <translation>La signature ne correspond pas, et le corps n’est pas celui que Relais a envoyé pour cette livraison : il a été modifié en chemin.</translation>
    </message>
</context>
<context>
    <name>relais::InboxView</name>
    <message>
        <source>The inbox is not running: start it to receive webhooks.</source>
        <translation>La boîte ne tourne pas : démarrez-la pour recevoir des webhooks.</translation>
    </message>
    <message>
        <source>No request yet. Point a webhook at the URL above and send a test.</source>
        <translation>Aucune requête pour l’instant. Faites pointer un webhook vers l’URL ci-dessus et envoyez un test.</translation>
    </message>
    <message>
        <source>Select a request to see it.</source>
        <translation>Sélectionnez une requête pour la voir.</translation>
    </message>
    <message>
        <source>%1 %2 from %3, answered %4. Signature: %5%6. %7</source>
        <translation>%1 %2 depuis %3, réponse %4. Signature : %5%6. %7</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>relais::IntakeConnection</name>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Le corps de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The request line and headers are larger than %1 bytes.</source>
        <translation>La ligne de requête et les en-têtes dépassent %1 octets.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length header; chunked bodies are not accepted.</source>
        <translation>Envoyez le corps avec un en-tête Content-Length ; les corps découpés (chunked) ne sont pas acceptés.</translation>
    </message>
    <message>
        <source>The request has an invalid Content-Length.</source>
        <translation>La requête a un Content-Length invalide.</translation>
    </message>
    <message>
        <source>Too many requests are waiting for an answer on this connection.</source>
        <translation>Trop de requêtes attendent une réponse sur cette connexion.</translation>
    </message>
</context>
<context>
    <name>relais::IntakeController</name>
    <message>
        <source>Intake %1:%2</source>
        <translation>Point d’entrée %1:%2</translation>
    </message>
    <message>
        <source>Intake stopped: %1</source>
        <translation>Point d’entrée arrêté : %1</translation>
    </message>
    <message>
        <source>Intake off</source>
        <translation>Point d’entrée désactivé</translation>
    </message>
</context>
<context>
    <name>relais::IntakeListener</name>
    <message>
        <source>Too many connections are open to the intake endpoint.</source>
        <translation>Trop de connexions sont ouvertes vers le point de réception.</translation>
    </message>
</context>
<context>
    <name>relais::IntakeServer</name>
    <message>
        <source>The intake endpoint did not start: %1 is not a loopback address. Listening there would let other computers submit events; allow non-loopback addresses explicitly to do so.</source>
        <translation>Le point de réception n’a pas démarré : %1 n’est pas une adresse de bouclage. Écouter à cette adresse permettrait à d’autres ordinateurs de soumettre des événements ; autorisez explicitement les adresses autres que le bouclage pour le faire.</translation>
    </message>
    <message>
        <source>The intake endpoint did not start. %1</source>
        <translation>Le point de réception n’a pas démarré. %1</translation>
    </message>
    <message>
        <source>The intake endpoint could not listen on %1, port %2: %3</source>
        <translation>Le point de réception n’a pas pu écouter sur %1, port %2 : %3</translation>
    </message>
    <message>
        <source>A token is required: send the header &quot;Authorization: Bearer &lt;token&gt;&quot; with the intake token.</source>
        <translation>Un jeton est requis : envoyez l’en-tête « Authorization: Bearer &lt;jeton&gt; » avec le jeton de réception.</translation>
    </message>
    <message>
        <source>The token is not valid. It may have been regenerated: copy the current intake token from Relais.</source>
        <translation>Le jeton n’est pas valide. Il a peut-être été régénéré : copiez le jeton de réception actuel depuis Relais.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Le corps de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>Too many events are waiting to be stored. Try again in a moment.</source>
        <translation>Trop d’événements attendent d’être enregistrés. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Events are submitted with POST %1.</source>
        <translation>Les événements se soumettent par POST %1.</translation>
    </message>
    <message>
        <source>There is nothing here. Events are submitted with POST %1.</source>
        <translation>Il n’y a rien ici. Les événements se soumettent par POST %1.</translation>
    </message>
</context>
<context>
    <name>relais::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Emplacement de la base de données</translation>
    </message>
    <message>
        <source>Number of webhooks</source>
        <translation>Nombre de webhooks</translation>
    </message>
    <message>
        <source>Could not load the webhooks: %1</source>
        <translation>Impossible de charger les webhooks : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhooks</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>“%1” needs its secret before it can be enabled</source>
        <translation>« %1 » a besoin de son secret avant de pouvoir être activé</translation>
    </message>
    <message>
        <source>Stop or resume sending events to the selected webhook (%1)</source>
        <translation>Arrêter ou reprendre l’envoi des événements au webhook sélectionné (%1)</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>« %1 » créé.</translation>
    </message>
    <message>
        <source>Enable webhook</source>
        <translation>Activer le webhook</translation>
    </message>
    <message>
        <source>Disable webhook</source>
        <translation>Désactiver le webhook</translation>
    </message>
    <message>
        <source>“%1” could not be enabled.</source>
        <translation>« %1 » n’a pas pu être activé.</translation>
    </message>
    <message>
        <source>“%1” could not be disabled.</source>
        <translation>« %1 » n’a pas pu être désactivé.</translation>
    </message>
    <message>
        <source>Enabled “%1”.</source>
        <translation>« %1 » activé.</translation>
    </message>
    <message>
        <source>Disabled “%1”: its events are no longer sent.</source>
        <translation>« %1 » désactivé : ses événements ne sont plus envoyés.</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <source>Delete the webhook “%1”?</source>
        <translation>Supprimer le webhook « %1 » ?</translation>
    </message>
    <message>
        <source>Its settings and its secrets in the keychain are removed. This cannot be undone.</source>
        <translation>Ses paramètres et ses secrets dans le trousseau sont supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>“%1” could not be deleted.</source>
        <translation>« %1 » n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <source>About Relais</source>
        <translation>À propos de Relais</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Relais %1&lt;/h3&gt;&lt;p&gt;A desktop console for outgoing webhooks: configure them, send events and follow every delivery.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Relais %1&lt;/h3&gt;&lt;p&gt;Une console de bureau pour les webhooks sortants : configurez-les, envoyez des événements et suivez chaque livraison.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <source>The dispatcher is paused.</source>
        <translation>Le répartiteur est en pause.</translation>
    </message>
    <message>
        <source>A test is sent by this window&apos;s dispatcher. Resume it to send the test?</source>
        <translation>Un test est envoyé par le répartiteur de cette fenêtre. Le reprendre pour envoyer le test ?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Intake endpoint</source>
        <translation>Point d’entrée</translation>
    </message>
    <message>
        <source>Where other programs on this computer post events (POST /v1/events). Change it in Settings.</source>
        <translation>Là où les autres programmes de cet ordinateur envoient des événements (POST /v1/events). Modifiable dans les Paramètres.</translation>
    </message>
    <message>
        <source>Import webhooks</source>
        <translation>Importer des webhooks</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n webhook(s).</source>
        <translation>
            <numerusform>%n webhook importé.</numerusform>
            <numerusform>%n webhooks importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export webhooks</source>
        <translation>Exporter les webhooks</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>The webhooks were not exported.</source>
        <translation>Les webhooks n’ont pas été exportés.</translation>
    </message>
    <message>
        <source>Exported to %1, without secrets.</source>
        <translation>Exporté dans %1, sans secrets.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>The example could not be set up.</source>
        <translation>L’exemple n’a pas pu être mis en place.</translation>
    </message>
    <message>
        <source>A sample Sales Order was sent: it appears in the inbox, with its signature checked.</source>
        <translation>Une commande client d’exemple a été envoyée : elle apparaît dans la boîte, avec sa signature vérifiée.</translation>
    </message>
</context>
<context>
    <name>relais::OutcomeFollowUp</name>
    <message numerus="yes">
        <source>Disabled after %n deliveries in a row exhausted their retries.</source>
        <translation>
            <numerusform>Désactivé après %n livraison ayant épuisé ses nouvelles tentatives.</numerusform>
            <numerusform>Désactivé après %n livraisons consécutives ayant épuisé leurs nouvelles tentatives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::PayloadPage</name>
    <message>
        <source>Default envelope</source>
        <translation>Enveloppe par défaut</translation>
    </message>
    <message>
        <source>JSON template</source>
        <translation>Modèle JSON</translation>
    </message>
    <message>
        <source>JavaScript transform</source>
        <translation>Transformation JavaScript</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Champs de formulaire</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Relais sends the event as it is, in a small JSON envelope:

{&quot;id&quot;: &quot;evt_…&quot;, &quot;type&quot;: &quot;Sales Order.on_submit&quot;,
 &quot;resource&quot;: &quot;Sales Order&quot;, &quot;occurredAt&quot;: &quot;2024-05-02T10:15:00.000Z&quot;,
 &quot;data&quot;: { … the document … }}

Choose a JSON template, a transform or form fields to send another shape.</source>
        <translation>Relais envoie l’événement tel quel, dans une petite enveloppe JSON :

{&quot;id&quot;: &quot;evt_…&quot;, &quot;type&quot;: &quot;Sales Order.on_submit&quot;,
 &quot;resource&quot;: &quot;Sales Order&quot;, &quot;occurredAt&quot;: &quot;2024-05-02T10:15:00.000Z&quot;,
 &quot;data&quot;: { … le document … }}

Choisissez un modèle JSON, une transformation ou des champs de formulaire pour envoyer une autre structure.</translation>
    </message>
    <message>
        <source>Edit the data to try other values; it is used only here.</source>
        <translation>Modifiez les données pour essayer d’autres valeurs ; elles ne servent qu’ici.</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>What the request carries, previewed for a sample event.</source>
        <translation>Ce que transporte la requête, en aperçu pour un événement d’exemple.</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The event&apos;s id, type, resource, time and data, as JSON.</source>
        <translation>L’ID, le type, la ressource, l’heure et les données de l’événement, en JSON.</translation>
    </message>
    <message>
        <source>JSON with {{ expression }} placeholders: inside quotes a placeholder inserts text (&quot;{{ doc.name }}&quot;), outside quotes a JSON value ({{ doc.items }}).</source>
        <translation>Du JSON avec des espaces réservés {{ expression }} : entre guillemets, un espace réservé insère du texte (&quot;{{ doc.name }}&quot;) ; hors guillemets, une valeur JSON ({{ doc.items }}).</translation>
    </message>
    <message>
        <source>A JavaScript function transform(event) returning the body: an object or array is sent as JSON, a string as it is.</source>
        <translation>Une fonction JavaScript transform(event) qui renvoie le corps : un objet ou un tableau est envoyé en JSON, une chaîne telle quelle.</translation>
    </message>
    <message>
        <source>One row per field: a key and a JavaScript expression, sent form-encoded (application/x-www-form-urlencoded).</source>
        <translation>Une ligne par champ : une clé et une expression JavaScript, envoyés encodés en formulaire (application/x-www-form-urlencoded).</translation>
    </message>
    <message>
        <source>Text sent as it is; placeholders insert their value as text. Set the content type that suits it.</source>
        <translation>Texte envoyé tel quel ; les espaces réservés insèrent leur valeur sous forme de texte. Définissez le type de contenu approprié.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>The sample&apos;s data must be a JSON object ({ … }).</source>
        <translation>Les données de l’exemple doivent être un objet JSON ({ … }).</translation>
    </message>
    <message>
        <source>%1 The preview uses the last valid data.</source>
        <translation>%1 L’aperçu utilise les dernières données valides.</translation>
    </message>
    <message>
        <source>⚠ The %1 cannot be rendered. %2</source>
        <translation>⚠ Échec de la génération (%1). %2</translation>
    </message>
    <message>
        <source>Sent for this event.</source>
        <translation>Cette requête est envoyée pour cet événement.</translation>
    </message>
    <message>
        <source>Not sent for this event: %1 Shown as it would be sent otherwise.</source>
        <translation>Cette requête n’est pas envoyée pour cet événement : %1 Elle est affichée telle qu’elle serait envoyée sinon.</translation>
    </message>
    <message>
        <source>No signature shown: %1</source>
        <translation>Aucune signature affichée : %1</translation>
    </message>
</context>
<context>
    <name>relais::PresetMenu</name>
    <message>
        <source>New &amp;from…</source>
        <translation>Nouveau à &amp;partir de…</translation>
    </message>
    <message>
        <source>Create a webhook that sends what another system sends</source>
        <translation>Créer un webhook qui envoie ce qu’envoie un autre système</translation>
    </message>
    <message>
        <source>%1…</source>
        <extracomment>%1 is a system&apos;s name, such as SeaTable</extracomment>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>relais::RouteRenderer</name>
    <message>
        <source>The %1 could not be rendered: %2</source>
        <translation>Échec de la génération (%1) : %2</translation>
    </message>
    <message>
        <source>The condition could not be evaluated: %1</source>
        <translation>La condition n’a pas pu être évaluée : %1</translation>
    </message>
    <message>
        <source>The body could not be encrypted: %1</source>
        <translation>Le corps n’a pas pu être chiffré : %1</translation>
    </message>
</context>
<context>
    <name>relais::Router</name>
    <message>
        <source>The event has no type.</source>
        <translation>L’événement n’a pas de type.</translation>
    </message>
</context>
<context>
    <name>relais::SecurityPage</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Standard Webhooks</source>
        <translation>Standard Webhooks</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Frappe / Dokos</source>
        <translation>Frappe / Dokos</translation>
    </message>
    <message>
        <source>Stripe style</source>
        <translation>Style Stripe</translation>
    </message>
    <message>
        <source>SeaTable</source>
        <translation>SeaTable</translation>
    </message>
    <message>
        <source>Decsys</source>
        <translation>Decsys</translation>
    </message>
    <message>
        <source>Custom HMAC</source>
        <translation>HMAC personnalisé</translation>
    </message>
    <message>
        <source>Hexadecimal</source>
        <translation>Hexadécimal</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>The body</source>
        <translation>Le corps</translation>
    </message>
    <message>
        <source>id.timestamp.body (with webhook-id and webhook-timestamp headers)</source>
        <translation>id.timestamp.body (avec les en-têtes webhook-id et webhook-timestamp)</translation>
    </message>
    <message>
        <source>AB:CD:EF:… (SHA-256, optional)</source>
        <translation>AB:CD:EF:… (SHA-256, facultatif)</translation>
    </message>
    <message>
        <source>Only a certificate with this SHA-256 fingerprint is accepted, even one signed by a trusted authority.</source>
        <translation>Seul un certificat ayant cette empreinte SHA-256 est accepté, même parmi ceux signés par une autorité de confiance.</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Anyone between Relais and the receiver could read and change the requests. Turn this off only for tests.</source>
        <translation>Toute personne placée entre Relais et le destinataire pourrait lire et modifier les requêtes. Ne désactivez cette option que pour des tests.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>How receivers can check that a request comes from Relais.</source>
        <translation>Comment les destinataires peuvent vérifier qu’une requête provient de Relais.</translation>
    </message>
    <message>
        <source>Requests are not signed: a receiver cannot tell that they come from Relais. Choose a scheme the receiver knows how to check.</source>
        <translation>Les requêtes ne sont pas signées : un destinataire ne peut pas savoir qu’elles proviennent de Relais. Choisissez un schéma que le destinataire sait vérifier.</translation>
    </message>
    <message>
        <source>Sends webhook-id, webhook-timestamp and webhook-signature: v1,&lt;base64 HMAC-SHA256 of id.timestamp.body&gt;, as the Standard Webhooks specification (and Svix) define them. The secret starts with whsec_.</source>
        <translation>Envoie webhook-id, webhook-timestamp et webhook-signature: v1,&lt;HMAC-SHA256 en base64 de id.timestamp.body&gt;, comme les définit la spécification Standard Webhooks (et Svix). Le secret commence par whsec_.</translation>
    </message>
    <message>
        <source>Sends Stripe-Signature: t=&lt;timestamp&gt;,v1=&lt;hex HMAC-SHA256 of timestamp.body&gt;, as Stripe does.</source>
        <translation>Envoie Stripe-Signature: t=&lt;timestamp&gt;,v1=&lt;HMAC-SHA256 en hex de timestamp.body&gt;, comme le fait Stripe.</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>base64</source>
        <translation>base64</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>le corps</translation>
    </message>
    <message>
        <source>id.timestamp.body</source>
        <translation>id.timestamp.body</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(aucun en-tête)</translation>
    </message>
    <message>
        <source>Sends %1: %2&lt;%3 %4 of %5&gt;</source>
        <translation>Envoie %1: %2&lt;%4 en %3, calculé sur %5&gt;</translation>
    </message>
    <message>
        <source>%1, as GitHub does.</source>
        <translation>%1, comme le fait GitHub.</translation>
    </message>
    <message>
        <source>%1, as Frappe and Dokos do.</source>
        <translation>%1, comme le font Frappe et Dokos.</translation>
    </message>
    <message>
        <source>%1, as SeaTable does.</source>
        <translation>%1, comme le fait SeaTable.</translation>
    </message>
    <message>
        <source>%1, as Decsys does.</source>
        <translation>%1, comme le fait Decsys.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Secrets are not copied with a webhook: enter the receiver&apos;s secret, or generate a new one.</source>
        <translation>Les secrets ne sont pas copiés avec un webhook : saisissez le secret du destinataire, ou générez-en un nouveau.</translation>
    </message>
    <message>
        <source>This signature needs a secret: enter the receiver&apos;s secret, or generate one.</source>
        <translation>Cette signature nécessite un secret : saisissez le secret du destinataire, ou générez-en un.</translation>
    </message>
    <message>
        <source>A Standard Webhooks secret is whsec_ followed by base64. Generate makes one.</source>
        <translation>Un secret Standard Webhooks est whsec_ suivi de base64. Générer en crée un.</translation>
    </message>
    <message>
        <source>The receiver&apos;s secret</source>
        <translation>Le secret du destinataire</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>The new secret replaces the stored one when you save.</source>
        <translation>Le nouveau secret remplacera celui du trousseau à l’enregistrement.</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain and is not shown. Enter or generate a new one to replace it.</source>
        <translation>Un secret est enregistré dans le trousseau et n’est pas affiché. Saisissez-en ou générez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <source>It was made for another scheme: check that the receiver accepts it.</source>
        <translation>Il a été créé pour un autre schéma : vérifiez que le destinataire l’accepte.</translation>
    </message>
    <message>
        <source>This webhook was imported without its secret: enter it before enabling the webhook.</source>
        <translation>Ce webhook a été importé sans son secret : saisissez-le avant d’activer le webhook.</translation>
    </message>
    <message>
        <source>Saved in the keychain, never in the database. Give the same secret to the receiver.</source>
        <translation>Enregistré dans le trousseau, jamais dans la base de données. Donnez le même secret au destinataire.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>stays valid for 1 hour</source>
        <translation>reste valide 1 heure</translation>
    </message>
    <message>
        <source>stays valid for 24 hours</source>
        <translation>reste valide 24 heures</translation>
    </message>
    <message>
        <source>stays valid for 7 days</source>
        <translation>reste valide 7 jours</translation>
    </message>
    <message>
        <source>stops working now</source>
        <translation>cesse de fonctionner tout de suite</translation>
    </message>
    <message>
        <source>Both secrets are valid until %1: give the new one to the receiver before then.</source>
        <translation>Les deux secrets sont valides jusqu’au %1 : donnez le nouveau au destinataire d’ici là.</translation>
    </message>
    <message>
        <source>This scheme sends one signature, made with the new secret; receivers that still check the old one should accept both.</source>
        <translation>Ce schéma envoie une seule signature, faite avec le nouveau secret ; les destinataires qui vérifient encore l’ancien devraient accepter les deux.</translation>
    </message>
    <message>
        <source>The previous secret stays valid until %1.</source>
        <translation>Le secret précédent reste valide jusqu’au %1.</translation>
    </message>
</context>
<context>
    <name>relais::SendTestDialog</name>
    <message>
        <source>Send test — %1</source>
        <translation>Envoyer un test — %1</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>The event&apos;s data must be a JSON object ({ … }).</source>
        <translation>Les données de l’événement doivent être un objet JSON ({ … }).</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Envoi vers %1…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation>Livré.</translation>
    </message>
    <message>
        <source>The receiver did not accept it.</source>
        <translation>Le destinataire ne l’a pas accepté.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copied a curl command; set the variables it names.</source>
        <translation>Commande curl copiée ; définissez les variables qu’elle mentionne.</translation>
    </message>
</context>
<context>
    <name>relais::SettingsController</name>
    <message>
        <source>The list of allowed targets is not valid (%1): the previous policy stays in force.</source>
        <translation>La liste des cibles autorisées n’est pas valide (%1) : la politique précédente reste en vigueur.</translation>
    </message>
    <message>
        <source>The intake endpoint could not start on port %1: %2</source>
        <translation>Le point d’entrée n’a pas pu démarrer sur le port %1 : %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your settings were saved, but not all of them could be applied.</source>
        <translation>Vos paramètres ont été enregistrés, mais certains n’ont pas pu être appliqués.</translation>
    </message>
</context>
<context>
    <name>relais::SettingsDialog</name>
    <message>
        <source>The system’s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>hooks.example.org
*.erp.example
10.20.0.0/16</source>
        <translation>hooks.example.org
*.erp.example
10.20.0.0/16</translation>
    </message>
    <message>
        <source>Checked on the address each name resolves to, just before connecting, so that a name cannot lead to a forbidden address. Applies from the next request.</source>
        <translation>Vérifié sur l’adresse obtenue pour chaque nom, juste avant la connexion, afin qu’un nom ne puisse pas mener à une adresse interdite. S’applique dès la requête suivante.</translation>
    </message>
    <message>
        <source>Attempts older than this are deleted, with their requests and responses, once an hour.</source>
        <translation>Les tentatives plus anciennes sont supprimées, avec leurs requêtes et réponses, une fois par heure.</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>Mas&amp;quer</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Add at least one host, address or range, or choose another option: an empty list would block every delivery.</source>
        <translation>Ajoutez au moins un hôte, une adresse ou une plage, ou choisissez une autre option : une liste vide bloquerait toutes les livraisons.</translation>
    </message>
    <message>
        <source>Relais speaks the new language when it next starts.</source>
        <translation>Relais parlera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Relais opens this database when it next starts.</source>
        <translation>Relais ouvrira cette base de données à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Empty: the default file in your data folder. A postgresql:// URL connects to a team server. relaisctl uses the database given with --db or RELAIS_DB.</source>
        <translation>Vide : le fichier par défaut de votre dossier de données. Une URL postgresql:// se connecte à un serveur d’équipe. relaisctl utilise la base indiquée par --db ou RELAIS_DB.</translation>
    </message>
    <message>
        <source>Systems on this computer post events to %1 with the header “Authorization: Bearer &lt;token&gt;”. relaisctl intake token prints the token too.</source>
        <translation>Les systèmes de cet ordinateur envoient leurs événements à %1 avec l’en-tête « Authorization: Bearer &lt;jeton&gt; ». relaisctl intake token affiche aussi le jeton.</translation>
    </message>
    <message>
        <source>Events can still be emitted from this window and with relaisctl emit.</source>
        <translation>Les événements peuvent toujours être émis depuis cette fenêtre et avec relaisctl emit.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases SQLite (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The token cannot be read: %1</source>
        <translation>Le jeton ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Regenerate the token</source>
        <translation>Régénérer le jeton</translation>
    </message>
    <message>
        <source>Replace the intake token?</source>
        <translation>Remplacer le jeton du point d’entrée ?</translation>
    </message>
    <message>
        <source>Systems that post events with the current token are refused from now on, until they use the new one.</source>
        <translation>Les systèmes qui envoient des événements avec le jeton actuel seront refusés dès maintenant, jusqu’à ce qu’ils utilisent le nouveau.</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Régénérer</translation>
    </message>
    <message>
        <source>The token was not replaced: %1</source>
        <translation>Le jeton n’a pas été remplacé : %1</translation>
    </message>
    <message>
        <source>For PostgreSQL only</source>
        <translation>Pour PostgreSQL uniquement</translation>
    </message>
    <message>
        <source>Saved in the keychain</source>
        <translation>Enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the settings. Leave empty to keep the saved password.</source>
        <translation>Conservé dans le trousseau, jamais dans les paramètres. Laissez vide pour garder le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>The saved password is removed from the keychain when you click OK.</source>
        <translation>Le mot de passe enregistré sera retiré du trousseau quand vous cliquerez sur OK.</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the settings. Leave empty to use ~/.pgpass or PGPASSWORD.</source>
        <translation>Conservé dans le trousseau, jamais dans les paramètres. Laissez vide pour utiliser ~/.pgpass ou PGPASSWORD.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>(The keychain could not be read: %1)</source>
        <translation>(Impossible de lire le trousseau : %1)</translation>
    </message>
    <message>
        <source>%1: the file does not exist yet; Relais will create it, with its tables.</source>
        <translation>%1 : le fichier n’existe pas encore ; Relais le créera, avec ses tables.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>The database is empty: Relais will create its tables.</source>
        <translation>La base de données est vide : Relais créera ses tables.</translation>
    </message>
    <message>
        <source>Schema %1, up to date.</source>
        <translation>Schéma %1, à jour.</translation>
    </message>
    <message>
        <source>Schema %1: Relais will upgrade it to %2 when it opens it.</source>
        <translation>Schéma %1 : Relais le mettra à niveau vers le schéma %2 en l’ouvrant.</translation>
    </message>
    <message>
        <source>Schema %1 is newer than this Relais (%2): upgrade Relais.</source>
        <translation>Le schéma %1 est plus récent que cette version de Relais (%2) : mettez Relais à jour.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The saved database password could not be removed from the keychain.</source>
        <translation>Le mot de passe enregistré de la base de données n’a pas pu être retiré du trousseau.</translation>
    </message>
    <message>
        <source>The database password could not be saved in the keychain.</source>
        <translation>Le mot de passe de la base de données n’a pas pu être enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Nothing was changed. Unlock the keychain and click OK again, or leave the password empty to use ~/.pgpass or PGPASSWORD.</source>
        <translation>Rien n’a été modifié. Déverrouillez le trousseau et cliquez de nouveau sur OK, ou laissez le mot de passe vide pour utiliser ~/.pgpass ou PGPASSWORD.</translation>
    </message>
</context>
<context>
    <name>relais::TrayNotifier</name>
    <message>
        <source>Webhook disabled</source>
        <translation>Webhook désactivé</translation>
    </message>
    <message>
        <source>“%1” was disabled: %2</source>
        <translation>« %1 » a été désactivé : %2</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Échec de livraison</translation>
    </message>
    <message>
        <source>A delivery to “%1” gave up: %2</source>
        <translation>Une livraison vers « %1 » a été abandonnée : %2</translation>
    </message>
</context>
<context>
    <name>relais::TriggerPage</name>
    <message>
        <source>Tick the events that trigger this webhook, or add a pattern: Sales Order.* for every event of a document type, * for every event.</source>
        <translation>Cochez les événements qui déclenchent ce webhook, ou ajoutez un motif : Sales Order.* pour tous les événements d’un type de document, * pour tous les événements.</translation>
    </message>
    <message>
        <source>Only events about these resources, separated by commas (a doctype, a table, a survey page). Empty: every resource.</source>
        <translation>Uniquement les événements concernant ces ressources, séparées par des virgules (un type de document, une table, une page de questionnaire). Vide : toutes les ressources.</translation>
    </message>
    <message>
        <source>A JavaScript expression over event and doc; the webhook fires when it is true. Empty: every matching event.</source>
        <translation>Une expression JavaScript portant sur event et doc ; le webhook se déclenche lorsqu’elle est vraie. Vide : tous les événements correspondants.</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Which events the webhook sends, tried live on a sample event.</source>
        <translation>Les événements que le webhook envoie, testés en direct sur un événement d’exemple.</translation>
    </message>
    <message>
        <source>⚠ The condition cannot be evaluated. %1</source>
        <translation>⚠ La condition ne peut pas être évaluée. %1</translation>
    </message>
    <message>
        <source>✔ Matches. %1</source>
        <translation>✔ Correspond. %1</translation>
    </message>
    <message>
        <source>✘ Does not match. %1</source>
        <translation>✘ Ne correspond pas. %1</translation>
    </message>
    <message>
        <source>%1 The condition cannot be evaluated either. %2</source>
        <translation>%1 La condition ne peut pas non plus être évaluée. %2</translation>
    </message>
    <message>
        <source>%1 On its own, the condition is true (%2).</source>
        <translation>%1 À elle seule, la condition est vraie (%2).</translation>
    </message>
    <message>
        <source>%1 On its own, the condition is false (%2).</source>
        <translation>%1 À elle seule, la condition est fausse (%2).</translation>
    </message>
</context>
<context>
    <name>relais::WebhookDetailsView</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>* (every event)</source>
        <translation>* (tous les événements)</translation>
    </message>
    <message>
        <source>Any resource</source>
        <translation>N’importe quelle ressource</translation>
    </message>
    <message>
        <source>None: every matching event is sent</source>
        <translation>Aucune : tous les événements correspondants sont envoyés</translation>
    </message>
    <message numerus="yes">
        <source>after %n failed delivery</source>
        <translation>
            <numerusform>après %n livraison en échec</numerusform>
            <numerusform>après %n livraisons en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n failed deliveries in a row</source>
        <translation>
            <numerusform>après %n livraison en échec consécutive</numerusform>
            <numerusform>après %n livraisons en échec consécutives</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Relais stopped sending to this webhook: %1</source>
        <translation>Relais a cessé d’envoyer à ce webhook : %1</translation>
    </message>
    <message>
        <source>This webhook was imported without its secret, so nothing is sent yet. Give it one with:
relaisctl webhook edit &quot;%1&quot; --secret -</source>
        <translation>Ce webhook a été importé sans son secret, donc rien n’est encore envoyé. Donnez-lui-en un avec :
relaisctl webhook edit &quot;%1&quot; --secret -</translation>
    </message>
    <message>
        <source>Disabled: events are not sent to this webhook until you enable it.</source>
        <translation>Désactivé : les événements ne sont pas envoyés à ce webhook tant que vous ne l’activez pas.</translation>
    </message>
</context>
<context>
    <name>relais::WebhookEditorDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nouveau webhook</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>New webhook from “%1”</source>
        <translation>Nouveau webhook à partir de « %1 »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>A webhook named “%1” already exists: choose another name.</source>
        <translation>Un webhook nommé « %1 » existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Something to fix on this page</source>
        <translation>Un point à corriger sur cette page</translation>
    </message>
    <message>
        <source>Before saving — &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3</source>
        <translation>Avant d’enregistrer — &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; : %3</translation>
    </message>
    <message>
        <source>Before saving, fix what is marked on &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>Avant d’enregistrer, corrigez ce qui est signalé sur &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Save webhook</source>
        <translation>Enregistrer le webhook</translation>
    </message>
    <message>
        <source>“%1” could not be saved.</source>
        <translation>« %1 » n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>%1

Your changes are still here: save again once this is solved.</source>
        <translation>%1

Vos modifications sont toujours là : enregistrez à nouveau une fois le problème résolu.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”?</source>
        <translation>Abandonner vos modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>Discard this new webhook?</source>
        <translation>Abandonner ce nouveau webhook ?</translation>
    </message>
    <message>
        <source>What you entered in this dialog will be lost.</source>
        <translation>Ce que vous avez saisi dans cette boîte de dialogue sera perdu.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>New %1 webhook</source>
        <translation>Nouveau webhook %1</translation>
    </message>
</context>
<context>
    <name>relais::WebhookItemDelegate</name>
    <message>
        <source>%1 · %2</source>
        <comment>host · events</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>relais::WebhookListModel</name>
    <message>
        <source>%1
%2 %3
%4 %5</source>
        <translation>%1
%2 %3
%4 %5</translation>
    </message>
    <message>
        <source>%1, %2, %3, events: %4</source>
        <translation>%1, %2, %3, événements : %4</translation>
    </message>
</context>
<context>
    <name>relais::WebhookListView</name>
    <message>
        <source>No webhook matches “%1”.
Esc clears the search.</source>
        <translation>Aucun webhook ne correspond à « %1 ».
Échap efface la recherche.</translation>
    </message>
</context>
<context>
    <name>relaisctl</name>
    <message>
        <source>relaisctl: %1</source>
        <translation>relaisctl: %1</translation>
    </message>
    <message>
        <source>unknown command “%1”; see relaisctl --help.</source>
        <translation>commande inconnue « %1 » ; voir relaisctl --help.</translation>
    </message>
    <message>
        <source>Usage: relaisctl [--db URL] COMMAND …

Webhooks:
  webhook add --name N --url U [options]   add a webhook (see webhook add --help)
  webhook add --preset KEY --name N --url U
                                           start from ngSurvey, Frappe, Decsys or SeaTable
  webhook presets [--json]                 list the presets
  webhook list [--json]                    list webhooks
  webhook show ID|NAME [--json]            show one webhook
  webhook edit ID|NAME [options of add]    change a webhook
  webhook enable|disable|remove ID|NAME
  webhook export [--output F]              JSON, never any secret
  webhook import F                         validates every entry before writing any
  webhook import --from frappe F [--json]  Frappe / Dokos webhooks, with a report

Events and payloads:
  events list [--json]                     the event types Relais knows
  events sample TYPE                       print a type&apos;s sample payload
  events add TYPE [--sample JSON|@file] [--group G] [--description D]
                                           define your own event type
  events remove TYPE                       remove one of your event types
  preview WEBHOOK [--event TYPE] [--resource R] [--data JSON|@file] [--json]
                                           what the webhook would send, without sending

Delivery:
  emit TYPE [--resource R] [--data JSON|@file] [--id ID] [--wait]
                                           store an event; --wait delivers it now
  serve [--listen ADDR:PORT] [--no-intake] [--lease-seconds N]
        [--public-only | --allow-target HOST|CIDR …]
                                           deliver until SIGINT/SIGTERM
  test WEBHOOK [--event TYPE] [--data JSON|@file]
                                           send a test and print request and response
  intake token [--regenerate]              the token POST /v1/events expects
  deliveries list [--webhook W] [--state S] [--since T] [--limit N] [--json]
  deliveries show ID [--json]              a delivery with every attempt
  deliveries redeliver ID | --webhook W --failed-since T
  deliveries purge --older-than DAYS

Inbox (receive webhooks here, without another server):
  inbox serve [--port P]                   receive on 127.0.0.1 until SIGINT/SIGTERM
  inbox add NAME [--status N] [--delay-ms N] [--fail-first N] [--fail-status N]
            [--retry-after S] [--body TEXT]
                                           add an inbox, or change how it answers
  inbox list [NAME] [--json] [--limit N]   requests newest first, with the signature verdict
  inbox remove NAME

Database:
  db migrate                               upgrade --db to the latest schema
  db copy --from URL --to URL [--json]     copy all data into an empty database
                                           (secrets stay in this keychain)
  db password [--forget]                   keychain password of a PostgreSQL --db,
                                           read from standard input
  db dispatchers [--json]                  who sends from this database: running,
                                           stopped, or silent (killed) dispatchers

Options:
  --db URL      sqlite:///path/file.db or postgresql://user@host:port/db
                (default: RELAIS_DB, else relais.db in your data folder)
  --version     print the version
  -h, --help    print this help

Exit status: 0 success, 1 runtime failure, 2 usage or validation error.
</source>
        <translation>Utilisation : relaisctl [--db URL] COMMANDE …

Webhooks :
  webhook add --name N --url U [options]   ajouter un webhook (voir webhook add --help)
  webhook add --preset CLÉ --name N --url U
                                           partir de ngSurvey, Frappe, Decsys ou SeaTable
  webhook presets [--json]                 lister les modèles prêts à l’emploi
  webhook list [--json]                    lister les webhooks
  webhook show ID|NOM [--json]             afficher un webhook
  webhook edit ID|NOM [options de add]     modifier un webhook
  webhook enable|disable|remove ID|NOM
  webhook export [--output F]              JSON, sans jamais aucun secret
  webhook import F                         valide chaque entrée avant d’en écrire une seule
  webhook import --from frappe F [--json]  webhooks Frappe / Dokos, avec un rapport

Événements et charges utiles :
  events list [--json]                     les types d’événements connus de Relais
  events sample TYPE                       afficher la charge utile d’exemple d’un type
  events add TYPE [--sample JSON|@fichier] [--group G] [--description D]
                                           définir votre propre type d’événement
  events remove TYPE                       supprimer l’un de vos types d’événements
  preview WEBHOOK [--event TYPE] [--resource R] [--data JSON|@fichier] [--json]
                                           ce que le webhook enverrait, sans rien envoyer

Livraison :
  emit TYPE [--resource R] [--data JSON|@fichier] [--id ID] [--wait]
                                           enregistrer un événement ; --wait le livre aussitôt
  serve [--listen ADRESSE:PORT] [--no-intake] [--lease-seconds N]
        [--public-only | --allow-target HÔTE|CIDR …]
                                           livrer jusqu’à SIGINT/SIGTERM
  test WEBHOOK [--event TYPE] [--data JSON|@fichier]
                                           envoyer un test, afficher requête et réponse
  intake token [--regenerate]              le jeton qu’attend POST /v1/events
  deliveries list [--webhook W] [--state S] [--since T] [--limit N] [--json]
  deliveries show ID [--json]              une livraison avec toutes ses tentatives
  deliveries redeliver ID | --webhook W --failed-since T
  deliveries purge --older-than JOURS

Boîte de réception (recevoir des webhooks ici, sans autre serveur) :
  inbox serve [--port P]                   recevoir sur 127.0.0.1 jusqu’à SIGINT/SIGTERM
  inbox add NOM [--status N] [--delay-ms N] [--fail-first N] [--fail-status N]
            [--retry-after S] [--body TEXTE]
                                           ajouter une boîte, ou changer sa façon de répondre
  inbox list [NOM] [--json] [--limit N]    requêtes, des plus récentes aux plus anciennes, avec le verdict de signature
  inbox remove NOM

Base de données :
  db migrate                               mettre --db au schéma le plus récent
  db copy --from URL --to URL [--json]     copier toutes les données dans une base vide
                                           (les secrets restent dans ce trousseau)
  db password [--forget]                   mot de passe d’une base PostgreSQL --db dans le
                                           trousseau, lu sur l’entrée standard
  db dispatchers [--json]                  qui envoie depuis cette base : répartiteurs actifs,
                                           arrêtés ou silencieux (tués)

Options :
  --db URL      sqlite:///path/file.db ou postgresql://user@host:port/db
                (par défaut : RELAIS_DB, sinon relais.db dans votre dossier de données)
  --version     afficher la version
  -h, --help    afficher cette aide

Code de sortie : 0 succès, 1 échec à l’exécution, 2 erreur d’utilisation ou de validation.
</translation>
    </message>
</context>
</TS>
