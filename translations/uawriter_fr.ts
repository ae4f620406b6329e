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
    <name>MainWindow</name>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="448"/>
        <location filename="../src/uawriter/gui/main_window.py" line="1661"/>
        <source>UA Writer</source>
        <translation>UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="449"/>
        <source>&amp;Actions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="450"/>
        <source>Urgent Actions</source>
        <translation>Actions urgentes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="451"/>
        <source>About this action</source>
        <translation>À propos de cette action</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="452"/>
        <source>&amp;Write to</source>
        <translation>Éc&amp;rire à</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="453"/>
        <source>Addressees</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="454"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="455"/>
        <source>Write to every addressee</source>
        <translation>Écrire à tous les destinataires</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="456"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="457"/>
        <source>Copy to a diplomat:</source>
        <translation>Copie à un diplomate :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="459"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>Envoyer aussi une copie à un représentant diplomatique accrédité dans votre pays</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="461"/>
        <source>Diplomatic representative</source>
        <translation>Représentant diplomatique</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="462"/>
        <source>Address book…</source>
        <translation>Carnet d&apos;adresses…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="463"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Lan&amp;gue de la lettre :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="464"/>
        <source>&amp;Send by:</source>
        <translation>&amp;Envoi par :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="465"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="466"/>
        <source>Letter language</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="467"/>
        <source>Send by fax or post</source>
        <translation>Envoi par fax ou par courrier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="468"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="469"/>
        <source>Your details (optional)</source>
        <translation>Vos coordonnées (facultatif)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="470"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="471"/>
        <source>A&amp;ddress:</source>
        <translation>Adre&amp;sse :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="472"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="473"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="474"/>
        <source>Your postal address</source>
        <translation>Votre adresse postale</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="475"/>
        <source>Your e-mail address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="476"/>
        <source>Remember my details on this computer</source>
        <translation>Mémoriser mes coordonnées sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="478"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>Décochez sur un ordinateur partagé : vos coordonnées seront alors effacées après chaque lettre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="480"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <translation>&amp;Vos demandes (décochez pour retirer) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="481"/>
        <source>Talking points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="483"/>
        <source>Letter text</source>
        <translation>Texte de la lettre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="484"/>
        <source>Reset to the template</source>
        <translation>Revenir au modèle</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="485"/>
        <location filename="../src/uawriter/gui/main_window.py" line="489"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="486"/>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="487"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="488"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="490"/>
        <source>&amp;Save draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="491"/>
        <source>&amp;Address book…</source>
        <translation>&amp;Carnet d&apos;adresses…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="492"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="493"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="494"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="495"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="496"/>
        <source>Reset letter to the template</source>
        <translation>Revenir au modèle de lettre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="497"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="498"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="499"/>
        <source>&amp;About UA Writer</source>
        <translation>À &amp;propos de UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="503"/>
        <source>Fax (with cover sheet)</source>
        <translation>Fax (avec page de garde)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="504"/>
        <source>Post (no cover sheet)</source>
        <translation>Courrier (sans page de garde)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="507"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="507"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="543"/>
        <source>No deadline</source>
        <translation>Sans date limite</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="546"/>
        <source>Open until %1</source>
        <translation>Ouverte jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="547"/>
        <source>Closing soon: %1</source>
        <translation>Clôture proche : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="548"/>
        <source>Deadline passed: %1</source>
        <translation>Date limite dépassée : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="556"/>
        <source>UA %1, update %2</source>
        <translation>UA %1, mise à jour %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="560"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="603"/>
        <source>Broken pack: %1</source>
        <translation>Paquet endommagé : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="623"/>
        <source>Start another letter?</source>
        <translation>Commencer une autre lettre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="625"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>Vos modifications de cette lettre n&apos;ont pas été exportées. Commencer quand même une lettre pour une autre action ? (La lettre en cours reste enregistrée comme brouillon.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="656"/>
        <source>This pack cannot be used</source>
        <translation>Ce paquet ne peut pas être utilisé</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="657"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>Demandez une version corrigée à la personne qui a préparé le paquet.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="658"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>Choisissez une action à gauche pour commencer une lettre.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="668"/>
        <source>Loading the actions…</source>
        <translation>Chargement des actions…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="689"/>
        <source>your own language</source>
        <translation>votre propre langue</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="691"/>
        <source>Write in:</source>
        <translation>Écrire en :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="695"/>
        <source>What to ask for</source>
        <translation>Ce qu&apos;il faut demander</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="703"/>
        <source>Additional information</source>
        <translation>Informations complémentaires</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="709"/>
        <source>Further information:</source>
        <translation>En savoir plus :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="741"/>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="741"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="745"/>
        <source>Fax %1</source>
        <translation>Fax %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="747"/>
        <source>no fax</source>
        <translation>pas de fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="801"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>Certaines modifications portaient sur des lignes différentes pour ce destinataire et n&apos;ont pas été reportées : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="822"/>
        <source>(address book empty)</source>
        <translation>(carnet d&apos;adresses vide)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="824"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>Ajoutez des ambassades et d&apos;autres représentations diplomatiques avec « Carnet d&apos;adresses… »</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="847"/>
        <source>The address book could not be saved</source>
        <translation>Impossible d&apos;enregistrer le carnet d&apos;adresses</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="848"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

Les adresses sont conservées jusqu&apos;à ce que vous fermiez UA Writer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="867"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>Pas de numéro de fax pour : %1. Leurs lettres n&apos;auront pas de page de garde de fax : imprimez-les et envoyez-les par courrier, ou par e-mail.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="891"/>
        <source>%1 (asked for)</source>
        <translation>%1 (recommandé)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="906"/>
        <source>Change the letter&apos;s language?</source>
        <translation>Changer la langue de la lettre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="908"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>La lettre sera réécrite dans la nouvelle langue et vos modifications seront perdues. Changer de langue ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1069"/>
        <source>Le&amp;tter:</source>
        <translation>Le&amp;ttre :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1072"/>
        <source>Le&amp;tter to %1 (your changes go into every letter):</source>
        <translation>Le&amp;ttre à %1 (vos modifications vont dans chaque lettre) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1139"/>
        <source>Reset the letter?</source>
        <translation>Revenir au modèle ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1140"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>Vos modifications de la lettre seront remplacées par le texte du modèle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1150"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1152"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1157"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>Impossible de rédiger la lettre de ce paquet</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1159"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>Le modèle de lettre comporte un problème :
%1

Demandez une version corrigée à la personne qui a préparé le paquet.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1222"/>
        <source>The preview failed: %1</source>
        <translation>Impossible d&apos;afficher l&apos;aperçu : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1238"/>
        <source>No addressee chosen</source>
        <translation>Aucun destinataire choisi</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1239"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <translation>Cochez au moins un destinataire sous « Écrire à ».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1245"/>
        <source>Some characters cannot be printed</source>
        <translation>Certains caractères ne peuvent pas être imprimés</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1247"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>UA Writer n’a pas de police pour ces caractères : ils s’imprimeraient comme des cases vides : %1

Les modifier dans la lettre, ou continuer quand même ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1278"/>
        <location filename="../src/uawriter/gui/main_window.py" line="1292"/>
        <source>Printing failed</source>
        <translation>Échec de l&apos;impression</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1292"/>
        <source>The printer could not be started.</source>
        <translation>Impossible de lancer l&apos;impression.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1334"/>
        <source>The deadline passed on %1: check with your section office before sending.</source>
        <translation>La date limite est passée (%1) : vérifiez auprès de votre section avant d’envoyer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1342"/>
        <source>Export the letter as PDF</source>
        <translation>Exporter la lettre en PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1346"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1355"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>Choisissez un dossier pour la lettre</numerusform>
            <numerusform>Choisissez un dossier pour les %n lettres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1403"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>Exportation de la lettre…</numerusform>
            <numerusform>Exportation de %n lettres…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/main_window.py" line="1464"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>Lettre enregistrée dans %1.</numerusform>
            <numerusform>%n lettres enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1360"/>
        <source>Save the letters here</source>
        <translation>Enregistrer les lettres ici</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1381"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1404"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1440"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>Exportation annulée. Lettres enregistrées : %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1463"/>
        <source>Letters exported</source>
        <translation>Lettres exportées</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1466"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1476"/>
        <source>The letters could not be saved</source>
        <translation>Impossible d&apos;enregistrer les lettres</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1478"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>UA Writer n&apos;a pas pu écrire dans %1 :
%2

Votre lettre est toujours là. Choisissez un autre dossier, par exemple sur une clé USB ou dans Documents.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1515"/>
        <source>The draft could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le brouillon : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1519"/>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1541"/>
        <source>Some saved files were damaged</source>
        <translation>Certains fichiers enregistrés étaient endommagés</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1542"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>Ils ont été mis de côté et UA Writer est reparti de zéro :
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1555"/>
        <source>Continue your letter?</source>
        <translation>Reprendre votre lettre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1558"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>Vous écriviez une lettre pour « %1 ». La reprendre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1616"/>
        <source>Settings could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer les paramètres : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1662"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1664"/>
        <source>Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>Rédigez hors ligne des lettres d&apos;appel pour les Actions urgentes, puis imprimez-les et envoyez-les par courrier ou par fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1667"/>
        <source>UA Writer is free software: you may share and change it under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>UA Writer est un logiciel libre : vous pouvez le partager et le modifier selon les termes de la Licence publique générale GNU, version 3 ou toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1671"/>
        <source>The fonts it bundles and embeds in the letters are free too:</source>
        <translation>Les polices qu&apos;il inclut et intègre aux lettres sont libres elles aussi :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1674"/>
        <source>About UA Writer</source>
        <translation>À propos de UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1704"/>
        <source>Keep your letter?</source>
        <translation>Conserver votre lettre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="1707"/>
        <source>Your letter has not been printed or exported. Keep it as a draft for next time?</source>
        <translation>Votre lettre n&apos;a été ni imprimée ni exportée. La conserver comme brouillon pour la prochaine fois ?</translation>
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
