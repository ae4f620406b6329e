<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="106"/>
        <source>Address book: diplomatic representatives</source>
        <translation>Carnet d&apos;adresses : représentants diplomatiques</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="107"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="108"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="110"/>
        <source>&amp;Title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="111"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="112"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="113"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="114"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="115"/>
        <source>&amp;Fax:</source>
        <translation>Fa&amp;x :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="116"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="117"/>
        <source>&amp;Salutation:</source>
        <translation>Form&amp;ule d&apos;appel :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="118"/>
        <source>Re&amp;presents (country code):</source>
        <translation>Pays &amp;représenté (code) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="122"/>
        <source>Ambassador of Kazakhstan</source>
        <translation>Ambassadeur du Kazakhstan</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="123"/>
        <source>Embassy of the Republic of Kazakhstan</source>
        <translation>Ambassade de la République du Kazakhstan</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="125"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="187"/>
        <source>Give a title, a name or an organisation.</source>
        <translation>Indiquez une fonction, un nom ou une organisation.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="188"/>
        <source>The fax number should be digits, such as +44 20 7123 4567.</source>
        <translation>Le numéro de fax doit être composé de chiffres, par exemple +44 20 7123 4567.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="189"/>
        <source>The e-mail address does not look right.</source>
        <translation>L&apos;adresse e-mail ne semble pas correcte.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="199"/>
        <source>Your Excellency</source>
        <translation>Excellence</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="110"/>
        <source>Draft a pack from an Urgent Action</source>
        <translation>Préparer un paquet à partir d’une Action urgente</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="111"/>
        <source>Paste the Urgent Action&apos;s text, or open its file:</source>
        <translation>Collez le texte de l’Action urgente, ou ouvrez son fichier :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="112"/>
        <source>Open a .txt or .pdf…</source>
        <translation>Ouvrir un .txt ou un .pdf…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="113"/>
        <source>Find the fields</source>
        <translation>Trouver les champs</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="115"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="115"/>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="115"/>
        <source>From these lines</source>
        <translation>D’après ces lignes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="118"/>
        <source>Finish in the pack editor…</source>
        <translation>Terminer dans l’éditeur de paquet…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="129"/>
        <source>Open an Urgent Action</source>
        <translation>Ouvrir une Action urgente</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="132"/>
        <source>Urgent Actions (*.txt *.pdf)</source>
        <translation>Actions urgentes (*.txt *.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="141"/>
        <source>The file cannot be read</source>
        <translation>Le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="154"/>
        <source>Nothing to draft from</source>
        <translation>Rien à partir de quoi préparer un paquet</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="175"/>
        <source>not found</source>
        <translation>non trouvé</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="224"/>
        <source>Nothing is made up: what the text does not say is marked as not found.</source>
        <translation>Rien n’est inventé : ce que le texte ne dit pas est marqué « non trouvé ».</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="229"/>
        <source>%n field(s) not found: fill them in the pack editor.</source>
        <translation>
            <numerusform>Un champ non trouvé : complétez-le dans l’éditeur de paquet.</numerusform>
            <numerusform>%n champs non trouvés : complétez-les dans l’éditeur de paquet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="231"/>
        <source>Every field was found. Check each against its lines.</source>
        <translation>Tous les champs ont été trouvés. Vérifiez chacun d’après ses lignes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="459"/>
        <location filename="../src/uawriter/gui/main_window.py" line="1668"/>
        <source>UA Writer</source>
        <translation>UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="460"/>
        <source>&amp;Actions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="461"/>
        <source>Urgent Actions</source>
        <translation>Actions urgentes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="462"/>
        <source>About this action</source>
        <translation>À propos de cette action</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="463"/>
        <source>&amp;Write to</source>
        <translation>Éc&amp;rire à</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="464"/>
        <source>Addressees</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="465"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="466"/>
        <source>Write to every addressee</source>
        <translation>Écrire à tous les destinataires</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="467"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="468"/>
        <source>Copy to a diplomat:</source>
        <translation>Copie à un diplomate :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="470"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>Envoyer aussi une copie à un représentant diplomatique accrédité dans votre pays</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="472"/>
        <source>Diplomatic representative</source>
        <translation>Représentant diplomatique</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="473"/>
        <source>Address book…</source>
        <translation>Carnet d&apos;adresses…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="474"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Lan&amp;gue de la lettre :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="475"/>
        <source>&amp;Send by:</source>
        <translation>&amp;Envoi par :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="476"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="477"/>
        <source>Letter language</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="478"/>
        <source>Send by fax or post</source>
        <translation>Envoi par fax ou par courrier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="479"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="480"/>
        <source>Your details (optional)</source>
        <translation>Vos coordonnées (facultatif)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="481"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="482"/>
        <source>A&amp;ddress:</source>
        <translation>Adre&amp;sse :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="483"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="484"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="485"/>
        <source>Your postal address</source>
        <translation>Votre adresse postale</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="486"/>
        <source>Your e-mail address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="487"/>
        <source>Remember my details on this computer</source>
        <translation>Mémoriser mes coordonnées sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="489"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>Décochez sur un ordinateur partagé : vos coordonnées seront alors effacées après chaque lettre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="491"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <translation>&amp;Vos demandes (décochez pour retirer) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="492"/>
        <source>Talking points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="494"/>
        <source>Letter text</source>
        <translation>Texte de la lettre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="495"/>
        <source>Reset to the template</source>
        <translation>Revenir au modèle</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="496"/>
        <location filename="../src/uawriter/gui/main_window.py" line="500"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="497"/>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="498"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="499"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="501"/>
        <source>&amp;Save draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="502"/>
        <source>&amp;Address book…</source>
        <translation>&amp;Carnet d&apos;adresses…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="503"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="504"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="505"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="506"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="507"/>
        <source>Reset letter to the template</source>
        <translation>Revenir au modèle de lettre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="508"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="509"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="510"/>
        <source>&amp;About UA Writer</source>
        <translation>À &amp;propos de UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="514"/>
        <source>Fax (with cover sheet)</source>
        <translation>Fax (avec page de garde)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="515"/>
        <source>Post (no cover sheet)</source>
        <translation>Courrier (sans page de garde)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="518"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="518"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="554"/>
        <source>No deadline</source>
        <translation>Sans date limite</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="557"/>
        <source>Open until %1</source>
        <translation>Ouverte jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="558"/>
        <source>Closing soon: %1</source>
        <translation>Clôture proche : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="559"/>
        <source>Deadline passed: %1</source>
        <translation>Date limite dépassée : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="567"/>
        <source>UA %1, update %2</source>
        <translation>UA %1, mise à jour %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="571"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="600"/>
        <source>Broken pack: %1</source>
        <translation>Paquet endommagé : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="620"/>
        <source>Start another letter?</source>
        <translation>Commencer une autre lettre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="622"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>Vos modifications de cette lettre n&apos;ont pas été exportées. Commencer quand même une lettre pour une autre action ? (La lettre en cours reste enregistrée comme brouillon.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="653"/>
        <source>This pack cannot be used</source>
        <translation>Ce paquet ne peut pas être utilisé</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="654"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>Demandez une version corrigée à la personne qui a préparé le paquet.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="655"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>Choisissez une action à gauche pour commencer une lettre.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="665"/>
        <source>Loading the actions…</source>
        <translation>Chargement des actions…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="686"/>
        <source>your own language</source>
        <translation>votre propre langue</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="688"/>
        <source>Write in:</source>
        <translation>Écrire en :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="692"/>
        <source>What to ask for</source>
        <translation>Ce qu&apos;il faut demander</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="700"/>
        <source>Additional information</source>
        <translation>Informations complémentaires</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="706"/>
        <source>Further information:</source>
        <translation>En savoir plus :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="738"/>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="738"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="742"/>
        <source>Fax %1</source>
        <translation>Fax %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="744"/>
        <source>no fax</source>
        <translation>pas de fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="798"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>Certaines modifications portaient sur des lignes différentes pour ce destinataire et n&apos;ont pas été reportées : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="819"/>
        <source>(address book empty)</source>
        <translation>(carnet d&apos;adresses vide)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="821"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>Ajoutez des ambassades et d&apos;autres représentations diplomatiques avec « Carnet d&apos;adresses… »</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="844"/>
        <source>The address book could not be saved</source>
        <translation>Impossible d&apos;enregistrer le carnet d&apos;adresses</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="845"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

Les adresses sont conservées jusqu&apos;à ce que vous fermiez UA Writer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="864"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>Pas de numéro de fax pour : %1. Leurs lettres n&apos;auront pas de page de garde de fax : imprimez-les et envoyez-les par courrier, ou par e-mail.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="888"/>
        <source>%1 (asked for)</source>
        <translation>%1 (recommandé)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="903"/>
        <source>Change the letter&apos;s language?</source>
        <translation>Changer la langue de la lettre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="905"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>La lettre sera réécrite dans la nouvelle langue et vos modifications seront perdues. Changer de langue ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1066"/>
        <source>Le&amp;tter:</source>
        <translation>Le&amp;ttre :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1069"/>
        <source>Le&amp;tter to %1 (your changes go into every letter):</source>
        <translation>Le&amp;ttre à %1 (vos modifications vont dans chaque lettre) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1136"/>
        <source>Reset the letter?</source>
        <translation>Revenir au modèle ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1137"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>Vos modifications de la lettre seront remplacées par le texte du modèle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1147"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1149"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1154"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>Impossible de rédiger la lettre de ce paquet</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1156"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>Le modèle de lettre comporte un problème :
%1

Demandez une version corrigée à la personne qui a préparé le paquet.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1219"/>
        <source>The preview failed: %1</source>
        <translation>Impossible d&apos;afficher l&apos;aperçu : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1235"/>
        <source>No addressee chosen</source>
        <translation>Aucun destinataire choisi</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1236"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <translation>Cochez au moins un destinataire sous « Écrire à ».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1242"/>
        <source>Some characters cannot be printed</source>
        <translation>Certains caractères ne peuvent pas être imprimés</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1244"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>UA Writer n’a pas de police pour ces caractères : ils s’imprimeraient comme des cases vides : %1

Les modifier dans la lettre, ou continuer quand même ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1275"/>
        <location filename="../src/uawriter/gui/main_window.py" line="1289"/>
        <source>Printing failed</source>
        <translation>Échec de l&apos;impression</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1289"/>
        <source>The printer could not be started.</source>
        <translation>Impossible de lancer l&apos;impression.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1331"/>
        <source>The deadline passed on %1: check with your section office before sending.</source>
        <translation>La date limite est passée (%1) : vérifiez auprès de votre section avant d’envoyer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1341"/>
        <source>Export the letter as PDF</source>
        <translation>Exporter la lettre en PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1344"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1353"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>Choisissez un dossier pour la lettre</numerusform>
            <numerusform>Choisissez un dossier pour les %n lettres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1398"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>Exportation de la lettre…</numerusform>
            <numerusform>Exportation de %n lettres…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1459"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>Lettre enregistrée dans %1.</numerusform>
            <numerusform>%n lettres enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1357"/>
        <source>Save the letters here</source>
        <translation>Enregistrer les lettres ici</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1376"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1399"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1435"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>Exportation annulée. Lettres enregistrées : %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1458"/>
        <source>Letters exported</source>
        <translation>Lettres exportées</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1461"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1471"/>
        <source>The letters could not be saved</source>
        <translation>Impossible d&apos;enregistrer les lettres</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1473"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>UA Writer n&apos;a pas pu écrire dans %1 :
%2

Votre lettre est toujours là. Choisissez un autre dossier, par exemple sur une clé USB ou dans Documents.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1510"/>
        <source>The draft could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le brouillon : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1514"/>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1548"/>
        <source>Some saved files were damaged</source>
        <translation>Certains fichiers enregistrés étaient endommagés</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1549"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>Ils ont été mis de côté et UA Writer est reparti de zéro :
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1562"/>
        <source>Continue your letter?</source>
        <translation>Reprendre votre lettre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1565"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>Vous écriviez une lettre pour « %1 ». La reprendre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1623"/>
        <source>Settings could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer les paramètres : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1669"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1671"/>
        <source>Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>Rédigez hors ligne des lettres d&apos;appel pour les Actions urgentes, puis imprimez-les et envoyez-les par courrier ou par fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1674"/>
        <source>UA Writer is free software: you may share and change it under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>UA Writer est un logiciel libre : vous pouvez le partager et le modifier selon les termes de la Licence publique générale GNU, version 3 ou toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1678"/>
        <source>The fonts it bundles and embeds in the letters are free too:</source>
        <translation>Les polices qu&apos;il inclut et intègre aux lettres sont libres elles aussi :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1681"/>
        <source>About UA Writer</source>
        <translation>À propos de UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1706"/>
        <source>Keep your letter?</source>
        <translation>Conserver votre lettre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1709"/>
        <source>Your letter has not been printed or exported. Keep it as a draft for next time?</source>
        <translation>Votre lettre n&apos;a été ni imprimée ni exportée. La conserver comme brouillon pour la prochaine fois ?</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="369"/>
        <source>Edit action pack</source>
        <translation>Modifier le paquet d&apos;action</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="370"/>
        <source>Action</source>
        <translation>Action urgente</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="371"/>
        <source>What to ask for</source>
        <translation>Ce qu&apos;il faut demander</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="372"/>
        <source>Addressees</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="373"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="375"/>
        <source>Pack id:</source>
        <translation>Identifiant du paquet :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="376"/>
        <source>Written in (language code):</source>
        <translation>Rédigé en (code de langue) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="377"/>
        <source>Contacts checked on (YYYY-MM-DD):</source>
        <translation>Contacts vérifiés le (AAAA-MM-JJ) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="378"/>
        <source>UA number:</source>
        <translation>Numéro d&apos;UA :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="379"/>
        <source>Issued on (YYYY-MM-DD):</source>
        <translation>Date de publication (AAAA-MM-JJ) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="380"/>
        <source>Deadline (YYYY-MM-DD, empty for none):</source>
        <translation>Date limite (AAAA-MM-JJ, vide si aucune) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="381"/>
        <source>Country code:</source>
        <translation>Code du pays :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="382"/>
        <source>Write in (language codes):</source>
        <translation>Écrire en (codes de langue) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="383"/>
        <source>Further information (web address):</source>
        <translation>En savoir plus (adresse web) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="388"/>
        <source>Revision:</source>
        <translation>Révision :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="389"/>
        <source>Update number (0 for the first UA):</source>
        <translation>Numéro de mise à jour (0 pour la première UA) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="391"/>
        <source>Letters may also be written in the writer&apos;s own language</source>
        <translation>Les lettres peuvent aussi être rédigées dans la langue de leur auteur</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="393"/>
        <source>Texts in:</source>
        <translation>Textes en :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="394"/>
        <source>Add a language…</source>
        <translation>Ajouter une langue…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="396"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="397"/>
        <source>Summary:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="398"/>
        <source>Additional information:</source>
        <translation>Informations complémentaires :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="399"/>
        <source>After the deadline:</source>
        <translation>Après la date limite :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="400"/>
        <source>Copies to diplomats:</source>
        <translation>Copies aux diplomates :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="405"/>
        <location filename="../src/uawriter/gui/pack_editor.py" line="409"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="406"/>
        <location filename="../src/uawriter/gui/pack_editor.py" line="410"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="407"/>
        <location filename="../src/uawriter/gui/pack_editor.py" line="413"/>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="408"/>
        <source>Paragraph of the letter:</source>
        <translation>Paragraphe de la lettre :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="411"/>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="414"/>
        <source>Title:</source>
        <comment>an addressee&apos;s position, such as Minister of Justice</comment>
        <translation>Fonction :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="415"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="416"/>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="417"/>
        <source>Country (as on the envelope):</source>
        <translation>Pays (comme sur l&apos;enveloppe) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="418"/>
        <source>Fax:</source>
        <translation>Fax :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="422"/>
        <source>Address lines:</source>
        <translation>Lignes d&apos;adresse :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="423"/>
        <source>E-mails (separated by commas):</source>
        <translation>E-mails (séparés par des virgules) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="424"/>
        <source>Salutation (in the language above):</source>
        <translation>Formule d&apos;appel (dans la langue ci-dessus) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="426"/>
        <source>Add a letter language…</source>
        <translation>Ajouter une langue de lettre…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="427"/>
        <source>Letter template:</source>
        <translation>Modèle de lettre :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="428"/>
        <source>The letter it makes:</source>
        <translation>La lettre obtenue :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="429"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="436"/>
        <source>Write to (target)</source>
        <translation>Écrire à (cible)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="437"/>
        <source>Copy to</source>
        <translation>Copie à</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="688"/>
        <source>Language code (such as kk, ru, es):</source>
        <translation>Code de langue (par exemple kk, ru, es) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="696"/>
        <source>UA Writer does not know the language code “%1”.</source>
        <translation>UA Writer ne connaît pas le code de langue « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="702"/>
        <source>Add a language</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="710"/>
        <source>Add a letter language</source>
        <translation>Ajouter une langue de lettre</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/pack_editor.py" line="747"/>
        <source>%n problem(s) to fix before the pack can be used:</source>
        <translation>
            <numerusform>%n problème à corriger avant de pouvoir utiliser le paquet :</numerusform>
            <numerusform>%n problèmes à corriger avant de pouvoir utiliser le paquet :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="750"/>
        <source>The pack is ready to use.</source>
        <translation>Le paquet est prêt à l&apos;emploi.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="844"/>
        <source>Save a pack with problems?</source>
        <translation>Enregistrer un paquet comportant des problèmes ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="846"/>
        <source>Until the problems are fixed the pack is listed as broken and cannot be used for letters. Save it anyway?</source>
        <translation>Tant que les problèmes ne sont pas corrigés, le paquet apparaît comme endommagé et ne peut pas servir à rédiger des lettres. L&apos;enregistrer quand même ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="856"/>
        <source>Give the pack an id first.</source>
        <translation>Donnez d&apos;abord un identifiant au paquet.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="864"/>
        <source>The pack could not be saved:
%1</source>
        <translation>Impossible d&apos;enregistrer le paquet :
%1</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="82"/>
        <source>&amp;Packs</source>
        <translation>Pa&amp;quets</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="83"/>
        <source>&amp;New pack…</source>
        <translation>&amp;Nouveau paquet…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="84"/>
        <source>&amp;Edit this pack…</source>
        <translation>&amp;Modifier ce paquet…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="85"/>
        <source>&amp;Import a pack…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="86"/>
        <source>&amp;Draft a pack from an Urgent Action…</source>
        <translation>Créer un &amp;brouillon de paquet depuis une action…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="87"/>
        <source>&amp;Share this pack as a file…</source>
        <translation>&amp;Partager ce paquet sous forme de fichier…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="94"/>
        <source>Import an action pack</source>
        <translation>Importer un paquet d&apos;action</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="97"/>
        <location filename="../src/uawriter/gui/pack_menu.py" line="138"/>
        <source>Action packs (*.uapack)</source>
        <translation>Paquets d&apos;action (*.uapack)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="107"/>
        <source>Replace the pack?</source>
        <translation>Remplacer le paquet ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="114"/>
        <source>The pack was not imported</source>
        <translation>Le paquet n&apos;a pas été importé</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="135"/>
        <source>Share the pack as a file</source>
        <translation>Partager le paquet sous forme de fichier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="155"/>
        <source>The pack could not be saved</source>
        <translation>Impossible d&apos;enregistrer le paquet</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="160"/>
        <source>Saved %1: copy it to a USB stick to share it.</source>
        <translation>Enregistré : %1. Copiez-le sur une clé USB pour le partager.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="196"/>
        <source>The pack cannot be opened</source>
        <translation>Impossible d&apos;ouvrir le paquet</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="202"/>
        <source>Edit a copy?</source>
        <translation>Modifier une copie ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="204"/>
        <source>Packs that come with UA Writer cannot be changed. Edit a copy of this one instead? It is saved with your own packs, under a new id.</source>
        <translation>Les paquets fournis avec UA Writer ne peuvent pas être modifiés. Modifier plutôt une copie de celui-ci ? Elle sera enregistrée avec vos propres paquets, sous un nouvel identifiant.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="52"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="53"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="54"/>
        <location filename="../src/uawriter/gui/preview.py" line="55"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="56"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="57"/>
        <location filename="../src/uawriter/gui/preview.py" line="58"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="59"/>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="60"/>
        <source>Fit to width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="61"/>
        <source>Preview of the letter as it prints</source>
        <translation>Aperçu de la lettre telle qu&apos;elle sera imprimée</translation>
    </message>
</context>
</TS>
