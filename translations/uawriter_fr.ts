<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="544"/>
        <source>UA %1 (update %2)</source>
        <translation>UA %1 (mise à jour %2)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="545"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="191"/>
        <source>Address book: diplomatic representatives</source>
        <extracomment>each with its own id, kept when it is corrected: a contact corrected is told from one removed and another added</extracomment>
        <translation>Carnet d&apos;adresses : représentants diplomatiques</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="192"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="193"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="195"/>
        <source>&amp;Title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="196"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="197"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="198"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="199"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="200"/>
        <source>&amp;Fax:</source>
        <translation>Fa&amp;x :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="201"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="202"/>
        <source>&amp;Salutation:</source>
        <translation>Form&amp;ule d&apos;appel :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="203"/>
        <source>Sa&amp;lutation by letter language:</source>
        <translation>Fo&amp;rmule d&apos;appel selon la langue :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="204"/>
        <source>Re&amp;presents (country code):</source>
        <translation>Pays &amp;représenté (code) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="208"/>
        <source>Ambassador of Kazakhstan</source>
        <translation>Ambassadeur du Kazakhstan</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="209"/>
        <source>Embassy of the Republic of Kazakhstan</source>
        <translation>Ambassade de la République du Kazakhstan</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="212"/>
        <source>One a line, such as:
kk = Құрметті Елші мырза</source>
        <translation>Une par ligne, par exemple :
kk = Құрметті Елші мырза</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="216"/>
        <source>The salutation a letter in that language uses, so a Kazakh letter greets the ambassador in Kazakh; “Salutation” above serves every other language.</source>
        <translation>La formule d&apos;appel d&apos;une lettre dans cette langue, pour qu&apos;une lettre en kazakh salue l&apos;ambassadeur en kazakh ; « Formule d&apos;appel » ci-dessus sert pour les autres langues.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="220"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="221"/>
        <source>Add the contacts of a CSV or vCard (.vcf) file</source>
        <translation>Ajouter les contacts d&apos;un fichier CSV ou vCard (.vcf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="222"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="223"/>
        <source>Save the address book as CSV or vCard (.vcf)</source>
        <translation>Enregistrer le carnet d&apos;adresses en CSV ou vCard (.vcf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="224"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="294"/>
        <source>Give a title, a name or an organisation.</source>
        <translation>Indiquez une fonction, un nom ou une organisation.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="295"/>
        <source>The fax number should be digits, such as +44 20 7123 4567.</source>
        <translation>Le numéro de fax doit être composé de chiffres, par exemple +44 20 7123 4567.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="296"/>
        <source>The e-mail address does not look right.</source>
        <translation>L&apos;adresse e-mail ne semble pas correcte.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="309"/>
        <source>Your Excellency</source>
        <translation>Excellence</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="321"/>
        <source>the address book holds at most %1 greetings in all its contacts&apos; languages: remove the contacts or greetings you no longer need first</source>
        <translation>le carnet d’adresses contient au plus %1 formules d’appel dans toutes les langues de ses contacts : supprimez d’abord les contacts ou formules dont vous n’avez plus besoin</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="326"/>
        <source>the address book holds at most %1 contacts: remove those you no longer need first</source>
        <translation>le carnet d’adresses contient au plus %1 contacts : supprimez d’abord ceux dont vous n’avez plus besoin</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="332"/>
        <source>The address book was not saved</source>
        <translation>Le carnet d’adresses n’a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="334"/>
        <source>No contact added</source>
        <translation>Aucun contact ajouté</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="348"/>
        <source>Import an embassy list</source>
        <translation>Importer une liste d&apos;ambassades</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="351"/>
        <source>Contact lists (*.csv *.vcf)</source>
        <translation>Listes de contacts (*.csv *.vcf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="359"/>
        <source>the file is too big to be an embassy list</source>
        <translation>le fichier est trop gros pour être une liste d&apos;ambassades</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="364"/>
        <source>the file is not in UTF-8; export the contacts again as a vCard, choosing UTF-8 (or Unicode) if the program asks</source>
        <translation>le fichier n’est pas en UTF-8 ; exportez à nouveau les contacts en vCard, en choisissant UTF-8 (ou Unicode) si le programme le demande</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="369"/>
        <source>the file is not in UTF-8; open it in the spreadsheet and save it as “CSV UTF-8” (or “Unicode Text”)</source>
        <translation>le fichier n’est pas en UTF-8 ; ouvrez-le dans le tableur et enregistrez-le en « CSV UTF-8 » (ou « Texte Unicode »)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="330"/>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="373"/>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="377"/>
        <source>The list was not imported</source>
        <translation>La liste n&apos;a pas été importée</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="400"/>
        <source>column %1, which has no heading</source>
        <translation>la colonne %1, qui n&apos;a pas d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="404"/>
        <source>These columns were not read: %1. The columns read are: %2 (or salutation_kk, salutation_ru… for each language).</source>
        <translation>Ces colonnes n&apos;ont pas été lues : %1. Les colonnes lues sont : %2 (ou salutation_kk, salutation_ru… pour chaque langue).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="413"/>
        <source>%n contact(s) added; those already in the address book were kept.</source>
        <translation>
            <numerusform>%n contact ajouté ; ceux déjà dans le carnet d&apos;adresses ont été gardés.</numerusform>
            <numerusform>%n contacts ajoutés ; ceux déjà dans le carnet d&apos;adresses ont été gardés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="422"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="431"/>
        <source>Export the address book</source>
        <translation>Exporter le carnet d&apos;adresses</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="434"/>
        <source>vCard files (*.vcf);;CSV files (*.csv)</source>
        <translation>Fichiers vCard (*.vcf);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/address_book_dialog.py" line="449"/>
        <source>The address book was not exported</source>
        <translation>Le carnet d&apos;adresses n&apos;a pas été exporté</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="252"/>
        <source>UA Writer is already open</source>
        <translation>UA Writer est déjà ouvert</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="253"/>
        <source>UA Writer is already open on this computer. Use the window that is open (look for it in the taskbar): two windows would overwrite each other&apos;s drafts and address book.</source>
        <translation>UA Writer est déjà ouvert sur cet ordinateur. Utilisez la fenêtre ouverte (cherchez-la dans la barre des tâches) : deux fenêtres écraseraient les brouillons et le carnet d&apos;adresses l&apos;une de l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="269"/>
        <source>UA Writer cannot keep its files</source>
        <translation>UA Writer ne peut pas garder ses fichiers</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="270"/>
        <source>UA Writer keeps the letters it counts, drafts and settings in %1, and that folder cannot be used: %2. Free some space on the disk, or make the folder writable, or start UA Writer with another folder (UAWRITER_DATA_DIR).</source>
        <translation>UA Writer garde les lettres qu’il compte, les brouillons et les réglages dans %1, et ce dossier ne peut pas être utilisé : %2. Libérez de la place sur le disque, rendez le dossier accessible en écriture, ou lancez UA Writer avec un autre dossier (UAWRITER_DATA_DIR).</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="247"/>
        <source>More ways to send</source>
        <extracomment>Whether the action the letters are made from is still as the window read it; False after the window said it was replaced (a corrected revision imported while the dialog is open: envelopes, calls and counts went to the old officials, probe 87b) Told once a call, post or e-mail was counted: the letter&apos;s draft keeps the count now (a crash just after lost it, and the e-mail was counted again, probe 92b)</extracomment>
        <translation>Autres façons d&apos;envoyer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="250"/>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="287"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="251"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="252"/>
        <source>E-mail text</source>
        <translation>Texte de l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="253"/>
        <source>Envelopes</source>
        <translation>Enveloppes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="257"/>
        <source>I dial from:</source>
        <translation>J&apos;appelle depuis :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="258"/>
        <source>(show numbers in international form)</source>
        <translation>(numéros au format international)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="259"/>
        <source>Call:</source>
        <translation>Appeler :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="260"/>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="264"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="425"/>
        <source>I made this call</source>
        <translation>J&apos;ai passé cet appel</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="262"/>
        <source>A post to copy into X, Mastodon, Bluesky or Facebook. Edit it as you like.</source>
        <translation>Une publication à copier dans X, Mastodon, Bluesky ou Facebook. Modifiez-la comme vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="429"/>
        <source>I posted it</source>
        <translation>Je l&apos;ai publié</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="265"/>
        <source>E-mail to:</source>
        <translation>E-mail à :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="266"/>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="267"/>
        <source>Open in mail program</source>
        <translation>Ouvrir dans le logiciel de messagerie</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="113"/>
        <source>Print on:</source>
        <translation>Imprimer sur :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="42"/>
        <source>DL envelopes (220 × 110 mm)</source>
        <translation>Enveloppes DL (220 × 110 mm)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="43"/>
        <source>C5 envelopes (229 × 162 mm)</source>
        <translation>Enveloppes C5 (229 × 162 mm)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="44"/>
        <source>US #10 envelopes (9½ × 4⅛ in)</source>
        <translation>Enveloppes US nº 10 (9½ × 4⅛ po)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="45"/>
        <source>A4 label sheet, 21 labels (Avery L7160)</source>
        <translation>Planche d&apos;étiquettes A4, 21 étiquettes (Avery L7160)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="46"/>
        <source>US Letter label sheet, 30 labels (Avery 5160)</source>
        <translation>Planche d&apos;étiquettes US Letter, 30 étiquettes (Avery 5160)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="122"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="123"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="285"/>
        <source>Saved under another name</source>
        <translation>Enregistré sous un autre nom</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="286"/>
        <source>%1 holds a letter that was exported and counted, and is kept. The envelopes were saved as %2.</source>
        <translation>%1 contient une lettre exportée et comptée, et il est conservé. Les enveloppes ont été enregistrées sous %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="287"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="288"/>
        <source>(check this number)</source>
        <translation>(vérifiez ce numéro)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="291"/>
        <source>No phone or fax number</source>
        <translation>Aucun numéro de téléphone ni de fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="308"/>
        <source>Ask for: %1</source>
        <translation>Demandez : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="310"/>
        <source>If you reach voicemail:</source>
        <translation>Si vous tombez sur la messagerie :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="189"/>
        <source>The address of %1 does not fit this label whole and is cut (…): print it on an envelope (C5), or write it by hand.</source>
        <translation>L&apos;adresse de %1 ne tient pas entière sur cette étiquette et est coupée (…) : imprimez-la sur une enveloppe (C5) ou écrivez-la à la main.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="195"/>
        <source>The address of %1 does not fit this envelope whole and is cut (…): print it on a C5 envelope, or write it by hand.</source>
        <translation>L&apos;adresse de %1 ne tient pas entière sur cette enveloppe et est coupée (…) : imprimez-la sur une enveloppe C5 ou écrivez-la à la main.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="201"/>
        <source>The address of %1 does not fit this envelope whole and is cut (…): write it by hand.</source>
        <translation>L’adresse de %1 ne tient pas entière sur cette enveloppe et est coupée (…) : écrivez-la à la main.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="425"/>
        <source>Call counted</source>
        <translation>Appel compté</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="326"/>
        <source>%1 of %2 characters</source>
        <translation>%1 sur %2 caractères</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="429"/>
        <source>Post counted</source>
        <translation>Publication comptée</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="351"/>
        <source>None of these addressees has an e-mail address.</source>
        <translation>Aucun de ces destinataires n&apos;a d&apos;adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="357"/>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="358"/>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="368"/>
        <source>This letter is too long for a mail link: use “Save e-mail drafts” instead, or copy the text.</source>
        <translation>Cette lettre est trop longue pour un lien de messagerie : utilisez « Enregistrer les brouillons d&apos;e-mail » ou copiez le texte.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="260"/>
        <source>Save the envelopes as PDF</source>
        <translation>Enregistrer les enveloppes en PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="263"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="278"/>
        <source>The envelopes could not be saved</source>
        <translation>Les enveloppes n&apos;ont pas pu être enregistrées</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="434"/>
        <source>E-mail counted</source>
        <translation>Courriel compté</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="434"/>
        <source>I sent this e-mail</source>
        <translation>J&apos;ai envoyé ce courriel</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channels_dialog.py" line="448"/>
        <source>Not counted</source>
        <translation>Non compté</translation>
    </message>
</context>
<context>
    <name>CountList</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_views.py" line="149"/>
        <source>%n more</source>
        <extracomment>Rows a count list shows; the rest are summed in one &quot;… more&quot; row.</extracomment>
        <translation>
            <numerusform>%n de plus</numerusform>
            <numerusform>%n de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="43"/>
        <source>UA Writer&apos;s own folder</source>
        <translation>Le dossier propre à UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="44"/>
        <source>%1 is inside UA Writer&apos;s own data folder (%2), which holds the count of letters and the packs. Nothing was written; choose another folder.</source>
        <translation>%1 se trouve dans le dossier de données propre à UA Writer (%2), qui contient le décompte des lettres et les paquets d&apos;action. Rien n&apos;a été écrit ; choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="70"/>
        <source>Not a file</source>
        <translation>Ce n’est pas un fichier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/dialogs.py" line="71"/>
        <source>%1 is not a file UA Writer can use (it is a device or a pipe). Choose another name.</source>
        <translation>%1 n’est pas un fichier qu’UA Writer peut utiliser (c’est un périphérique ou un tube). Choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="196"/>
        <source>Draft a pack from an Urgent Action</source>
        <extracomment>what went wrong while the dialog was put away (an idle reset): said to the organiser when the PIN brings it back, not to the next volunteer (probe 100c)</extracomment>
        <translation>Préparer un paquet à partir d’une Action urgente</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="197"/>
        <source>Paste the Urgent Action&apos;s text, or open its file:</source>
        <translation>Collez le texte de l’Action urgente, ou ouvrez son fichier :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="198"/>
        <source>Open a .txt or .pdf…</source>
        <translation>Ouvrir un .txt ou un .pdf…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="199"/>
        <source>Find the fields</source>
        <translation>Trouver les champs</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="201"/>
        <source>From these lines</source>
        <translation>D’après ces lignes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="204"/>
        <source>Finish in the pack editor…</source>
        <translation>Terminer dans l’éditeur de paquet…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="228"/>
        <source>Open an Urgent Action</source>
        <translation>Ouvrir une Action urgente</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="231"/>
        <source>Urgent Actions (*.txt *.pdf)</source>
        <translation>Actions urgentes (*.txt *.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="239"/>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="264"/>
        <source>The file cannot be read</source>
        <translation>Le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="246"/>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="274"/>
        <source>Nothing to draft from</source>
        <translation>Rien à partir de quoi préparer un paquet</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="315"/>
        <source>The text has lines longer than %Ln characters: they are shown broken into shorter ones.</source>
        <translation>
            <numerusform>Le texte a des lignes de plus de %Ln caractère : elles sont affichées coupées en lignes plus courtes.</numerusform>
            <numerusform>Le texte a des lignes de plus de %Ln caractères : elles sont affichées coupées en lignes plus courtes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="339"/>
        <source>not found</source>
        <translation>non trouvé</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="391"/>
        <source>Check what was said about the text:</source>
        <translation>Vérifiez ce qui a été dit du texte :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="399"/>
        <source>Nothing is made up: what the text does not say is marked as not found.</source>
        <translation>Rien n’est inventé : ce que le texte ne dit pas est marqué « non trouvé ».</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/draft_dialog.py" line="404"/>
        <source>%n field(s) not found: fill them in the pack editor.</source>
        <translation>
            <numerusform>Un champ non trouvé : complétez-le dans l’éditeur de paquet.</numerusform>
            <numerusform>%n champs non trouvés : complétez-les dans l’éditeur de paquet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_dialog.py" line="406"/>
        <source>Every field was found. Check each against its lines.</source>
        <translation>Tous les champs ont été trouvés. Vérifiez chacun d’après ses lignes.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="77"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="79"/>
        <source>UA Writer ran into an error it did not expect, and what you just did may not have happened. Your letter is still here: you can go on, or try again.</source>
        <translation>UA Writer a rencontré une erreur inattendue, et ce que vous venez de faire n’a peut-être pas eu lieu. Votre lettre est toujours là : vous pouvez continuer ou réessayer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/errors.py" line="88"/>
        <source>The details are kept in %1 for whoever looks after this laptop.</source>
        <translation>Les détails sont conservés dans %1 pour la personne qui s’occupe de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>EventControls</name>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="146"/>
        <source>E&amp;vent</source>
        <extracomment>The organiser unlocked (True) or the tools locked again (False). The window was cleared for the next volunteer (number at an event, else 0). The organiser&apos;s dialogs put away at a reset for the next volunteer.</extracomment>
        <translation>É&amp;vénement</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="147"/>
        <source>Next volunteer</source>
        <translation>Bénévole suivant</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="149"/>
        <source>Clear the sender&apos;s details, your own words and the draft, ready for the next person (Ctrl+Shift+N)</source>
        <translation>Effacer les coordonnées de l&apos;expéditeur, vos propres mots et le brouillon pour la personne suivante (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="155"/>
        <source>Start an event…</source>
        <translation>Commencer un événement…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="156"/>
        <source>Letters tonight…</source>
        <translation>Lettres de la soirée…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="158"/>
        <source>Print tonight&apos;s letters by addressee…</source>
        <translation>Imprimer les lettres de la soirée par destinataire…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="161"/>
        <source>Every letter exported on this laptop tonight, printed again in addressee order for the envelope table</source>
        <translation>Toutes les lettres exportées ce soir sur cet ordinateur, réimprimées par destinataire pour la table des enveloppes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="167"/>
        <source>End the event…</source>
        <translation>Terminer l&apos;événement…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="169"/>
        <source>Lock organiser tools</source>
        <translation>Verrouiller les outils de l&apos;organisateur</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="171"/>
        <source>Organiser tools…</source>
        <translation>Outils de l&apos;organisateur…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="221"/>
        <source>To use the organiser&apos;s tools, enter the organiser PIN:</source>
        <translation>Pour utiliser les outils de l&apos;organisateur, saisissez le code PIN de l&apos;organisateur :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="306"/>
        <source>Clear this letter?</source>
        <translation>Effacer cette lettre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="307"/>
        <source>This letter was neither printed nor exported. Clear it, and the sender&apos;s details, for the next volunteer?</source>
        <translation>Cette lettre n&apos;a été ni imprimée ni exportée. L&apos;effacer, ainsi que les coordonnées de l&apos;expéditeur, pour le bénévole suivant ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="287"/>
        <source>Welcome! You are volunteer %1 tonight.</source>
        <translation>Bienvenue ! Vous êtes le bénévole n° %1 ce soir.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="293"/>
        <source>Ready for the next volunteer.</source>
        <translation>Prêt pour le bénévole suivant.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="62"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="64"/>
        <source>not a PDF that can be read</source>
        <translation>pas un PDF lisible</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="66"/>
        <source>has fewer pages than were written</source>
        <translation>a moins de pages qu&apos;il n&apos;en a été écrit</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="117"/>
        <source>Printing by addressee</source>
        <translation>Impression par destinataire</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="135"/>
        <source>Letter %1 of %2: %3</source>
        <translation>Lettre %1 sur %2 : %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="174"/>
        <source>%n letter(s) printed in addressee order (%1 pages). They were counted when they were exported and are not counted again.</source>
        <translation>
            <numerusform>%n lettre imprimée par destinataire (%1 pages). Elle a été comptée à l&apos;export et ne l&apos;est pas une seconde fois.</numerusform>
            <numerusform>%n lettres imprimées par destinataire (%1 pages). Elles ont été comptées à l&apos;export et ne le sont pas une seconde fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="182"/>
        <source>%n letter(s) could not be printed: the file was moved, deleted or changed since it was exported. Print them from where they are now:</source>
        <translation>
            <numerusform>%n lettre n&apos;a pas pu être imprimée : le fichier a été déplacé, supprimé ou modifié depuis l&apos;export. Imprimez-la depuis son emplacement actuel :</numerusform>
            <numerusform>%n lettres n&apos;ont pas pu être imprimées : les fichiers ont été déplacés, supprimés ou modifiés depuis l&apos;export. Imprimez-les depuis leur emplacement actuel :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/envelope_table.py" line="195"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n de plus.</numerusform>
            <numerusform>…et %n de plus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="223"/>
        <source>Nothing to print yet</source>
        <translation>Rien à imprimer pour le moment</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="224"/>
        <source>No letter has been exported on this laptop tonight. Letters printed straight away are already on paper.</source>
        <translation>Aucune lettre n&apos;a encore été exportée ce soir sur cet ordinateur. Les lettres imprimées directement sont déjà sur papier.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelope_table.py" line="246"/>
        <source>Printed by addressee</source>
        <translation>Imprimé par destinataire</translation>
    </message>
</context>
<context>
    <name>EventMode</name>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="251"/>
        <source>The event could not be started</source>
        <extracomment>About to write a new event&apos;s file: what an earlier evening left is put away first, so that a kill right after the file is written leaves none of it in the event&apos;s way (probe 110c); ``event_not_started`` if the file could not be written. No input for the idle time and the countdown ran out: clear for the next volunteer. Seconds left on the visible countdown; 0 when it ends or is cancelled. Where a damaged event file was set aside when it was read (tell the organiser). How many letters the reset would clear unsent (the window sets it).</extracomment>
        <translation>L&apos;événement n&apos;a pas pu commencer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="260"/>
        <source>To end the event, enter the organiser PIN:</source>
        <translation>Pour terminer l&apos;événement, saisissez le code PIN de l&apos;organisateur :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="266"/>
        <source>The event could not be ended</source>
        <translation>L&apos;événement n&apos;a pas pu être terminé</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="295"/>
        <source>%1 could not be written: %2. Check that the data folder can be written.</source>
        <translation>%1 n&apos;a pas pu être écrit : %2. Vérifiez que le dossier de données est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>EventWindow</name>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="240"/>
        <source>&amp;Show:</source>
        <extracomment>Every evening in the tally (the running event&apos;s first), and the one of ``scope``. The views show a fresh read of the tally. A report or tally file was written: its path. Another laptop&apos;s tally was merged: the MergeReport. Add counts and Take back, as opened (each deleted when closed).</extracomment>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="242"/>
        <source>By action</source>
        <translation>Par action</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="243"/>
        <source>By addressee</source>
        <translation>Par destinataire</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="244"/>
        <source>By language</source>
        <translation>Par langue</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="245"/>
        <source>By channel</source>
        <translation>Par moyen</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="246"/>
        <source>By hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="251"/>
        <source>&amp;Add counts…</source>
        <translation>&amp;Ajouter des comptes…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="253"/>
        <source>Add handwritten letters, petition signatures and solidarity cards</source>
        <translation>Ajouter les lettres manuscrites, les signatures de pétition et les cartes de solidarité</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="259"/>
        <source>Save report (&amp;CSV)…</source>
        <translation>Enregistrer le rapport (&amp;CSV)…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="260"/>
        <source>Save report (&amp;PDF)…</source>
        <translation>Enregistrer le rapport (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="261"/>
        <source>&amp;Export tally…</source>
        <translation>&amp;Exporter le décompte…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="263"/>
        <source>Save this laptop&apos;s tally to a file, to merge it on another laptop</source>
        <translation>Enregistrer le décompte de cet ordinateur dans un fichier, pour le fusionner sur un autre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="265"/>
        <source>&amp;Merge tallies from other laptops…</source>
        <translation>&amp;Fusionner les décomptes d&apos;autres ordinateurs…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="275"/>
        <source>No event</source>
        <translation>Aucun événement</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="276"/>
        <location filename="../src/uawriter/gui/event_window.py" line="559"/>
        <location filename="../src/uawriter/gui/event_window.py" line="560"/>
        <source>Event without a name</source>
        <translation>Événement sans nom</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="322"/>
        <location filename="../src/uawriter/gui/event_window.py" line="436"/>
        <source>The tally %1 could not be read: %2</source>
        <translation>Le décompte %1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="368"/>
        <source>Letters written outside an event</source>
        <translation>Lettres écrites hors événement</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="355"/>
        <location filename="../src/uawriter/gui/event_window.py" line="361"/>
        <source>This event: %1</source>
        <translation>Cet événement : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="255"/>
        <source>Take &amp;back counts…</source>
        <translation>&amp;Retirer des comptages…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="257"/>
        <source>Take back a hand count added by mistake (a number mistyped, or added twice)</source>
        <translation>Retirer un comptage manuel ajouté par erreur (un nombre mal saisi, ou ajouté deux fois)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="354"/>
        <location filename="../src/uawriter/gui/event_window.py" line="357"/>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="363"/>
        <source>Event: %1</source>
        <translation>Événement : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="376"/>
        <source>Everything recorded on this laptop</source>
        <translation>Tout ce qui est enregistré sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="387"/>
        <source>No event is running</source>
        <translation>Aucun événement en cours</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="388"/>
        <source>Event tally: %1</source>
        <translation>Décompte de l&apos;événement : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="397"/>
        <source>letters tonight</source>
        <translation>
            <numerusform>lettre ce soir</numerusform>
            <numerusform>lettres ce soir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="399"/>
        <source>letters in all</source>
        <translation>
            <numerusform>lettre en tout</numerusform>
            <numerusform>lettres en tout</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="403"/>
        <source>%1 written in the app · %2 by hand · %3 signatures · %4 cards</source>
        <translation>%1 dans l&apos;application · %2 à la main · %3 signatures · %4 cartes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="429"/>
        <source>unknown time</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="442"/>
        <source>Some lines of the tally %1 could not be read and are not counted: %2</source>
        <translation>Certaines lignes du décompte %1 n&apos;ont pas pu être lues et ne sont pas comptées : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="497"/>
        <source>%n count(s) added to the tally.</source>
        <translation>
            <numerusform>%n compte ajouté au décompte.</numerusform>
            <numerusform>%n comptes ajoutés au décompte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="500"/>
        <source>%n count(s) added to the tally of %1.</source>
        <translation>
            <numerusform>%n compte ajouté au décompte de %1.</numerusform>
            <numerusform>%n comptes ajoutés au décompte de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_window.py" line="518"/>
        <source>%n count(s) taken back.</source>
        <translation>
            <numerusform>%n comptage retiré.</numerusform>
            <numerusform>%n comptages retirés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_window.py" line="555"/>
        <source>The counts typed into Add counts for %1 were not added: that event had ended when %2 started. Add them again if they are still to be counted.</source>
        <translation>Les comptes saisis dans Ajouter des comptes pour %1 n&apos;ont pas été ajoutés : cet événement était terminé quand %2 a commencé. Ajoutez-les à nouveau s&apos;ils doivent encore être comptés.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="91"/>
        <source>tally</source>
        <extracomment>Marks that belong to the letter before them: accents, vowel signs, viramas.</extracomment>
        <translation>décompte</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="102"/>
        <source>Save the report as CSV</source>
        <translation>Enregistrer le rapport en CSV</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="105"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="125"/>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="128"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="152"/>
        <source>Export this laptop&apos;s tally</source>
        <translation>Exporter le décompte de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="155"/>
        <source>Tally files (*.jsonl)</source>
        <translation>Fichiers de décompte (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="193"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="195"/>
        <source>(%1 is another laptop&apos;s tally and is kept: merge both.)</source>
        <translation>(%1 est le décompte d&apos;un autre ordinateur et est conservé : fusionnez les deux.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="199"/>
        <source>(%1 holds letters that were exported and counted, and is kept.)</source>
        <translation>(%1 contient des lettres exportées et comptées, et il est conservé.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="208"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="209"/>
        <source>%1 could not be written: %2. Choose another folder and try again.</source>
        <translation>%1 n&apos;a pas pu être écrit : %2. Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="222"/>
        <source>Merge a tally from another laptop</source>
        <translation>Fusionner un décompte d&apos;un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="225"/>
        <source>Tally files (*.jsonl);;All files (*)</source>
        <translation>Fichiers de décompte (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="233"/>
        <location filename="../src/uawriter/gui/tally_files.py" line="252"/>
        <source>Not merged</source>
        <translation>Non fusionné</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="234"/>
        <source>%1 is this laptop&apos;s own tally: choose a file from another laptop.</source>
        <translation>%1 est le décompte de cet ordinateur : choisissez un fichier d&apos;un autre ordinateur.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="253"/>
        <source>%1 could not be merged: %2. Nothing was added.</source>
        <translation>%1 n&apos;a pas pu être fusionné : %2. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="262"/>
        <source>Merged %1.</source>
        <translation>Fusionné : %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="263"/>
        <source>%n new record(s) added.</source>
        <translation>
            <numerusform>%n nouvel enregistrement ajouté.</numerusform>
            <numerusform>%n nouveaux enregistrements ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="264"/>
        <source>%n record(s) already counted, not added again.</source>
        <translation>
            <numerusform>%n enregistrement déjà compté, non ajouté à nouveau.</numerusform>
            <numerusform>%n enregistrements déjà comptés, non ajoutés à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="270"/>
        <source>%n letter(s) taken back: their files were replaced on that laptop.</source>
        <translation>
            <numerusform>%n lettre retirée : son fichier a été remplacé sur cet ordinateur portable.</numerusform>
            <numerusform>%n lettres retirées : leurs fichiers ont été remplacés sur cet ordinateur portable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/tally_files.py" line="279"/>
        <source>%n hand count(s) taken back.</source>
        <translation>
            <numerusform>%n comptage manuel retiré.</numerusform>
            <numerusform>%n comptages manuels retirés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="284"/>
        <source>Skipped, because the file is damaged there:</source>
        <translation>Ignoré, car le fichier est endommagé à cet endroit :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="289"/>
        <source>Worth knowing:</source>
        <translation>À savoir :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_files.py" line="293"/>
        <source>Tally merged</source>
        <translation>Décompte fusionné</translation>
    </message>
</context>
<context>
    <name>ExtraCountsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="360"/>
        <source>Add counts</source>
        <extracomment>What was added to the tally when the dialog was accepted.</extracomment>
        <translation>Ajouter des comptes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="362"/>
        <source>Event without a name</source>
        <translation>Événement sans nom</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="367"/>
        <source>Count what the app cannot see: letters written by hand, petition signatures and solidarity cards. The numbers are added to what is counted already.</source>
        <translation>Comptez ce que l&apos;application ne voit pas : lettres manuscrites, signatures de pétition et cartes de solidarité. Les nombres s&apos;ajoutent à ce qui est déjà compté.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="372"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="373"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="484"/>
        <source>Handwritten letters</source>
        <translation>Lettres manuscrites</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="374"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="485"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="375"/>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="486"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="383"/>
        <source>No action is loaded, so there is nothing to count.</source>
        <translation>Aucune action n&apos;est chargée : il n&apos;y a rien à compter.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="384"/>
        <source>&amp;Add to the tally</source>
        <translation>&amp;Ajouter au décompte</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="416"/>
        <source>The counts could not be added to %1: %2. Nothing was added; check that the data folder can be written, then try again.</source>
        <translation>Les comptes n&apos;ont pas pu être ajoutés à %1 : %2. Rien n&apos;a été ajouté ; vérifiez que le dossier de données est accessible en écriture, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>FaxPreviewDialog</name>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="118"/>
        <source>What the fax machine will print</source>
        <extracomment>Stretch down so a fax dot (1/204 inch across, 1/196 inch down) is square on screen.</extracomment>
        <translation>Ce que le télécopieur imprimera</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="121"/>
        <source>This is the page as a fax machine prints it: 204 × 196 dots per inch, black and white. If small print is hard to read here, it will be on paper too.</source>
        <translation>Voici la page telle qu&apos;un télécopieur l&apos;imprime : 204 × 196 points par pouce, en noir et blanc. Si les petits caractères sont difficiles à lire ici, ils le seront aussi sur papier.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="126"/>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="127"/>
        <source>Fit the pages to the width</source>
        <translation>Ajuster les pages à la largeur</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="128"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="129"/>
        <source>One fax dot to one screen dot</source>
        <translation>Un point du fax pour un point de l&apos;écran</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="130"/>
        <source>The fax pages as they will print</source>
        <translation>Les pages du fax telles qu&apos;elles s&apos;imprimeront</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="148"/>
        <source>Preparing the fax pages…</source>
        <translation>Préparation des pages du fax…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="229"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/fax_preview.py" line="234"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/fax_preview.py" line="238"/>
        <source>The fax pages could not be made: %1</source>
        <translation>Les pages du fax n&apos;ont pas pu être préparées : %1</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_mode.py" line="97"/>
        <source>Next volunteer in %n s — touch anything to keep writing</source>
        <extracomment>What counts as a volunteer touching the laptop.</extracomment>
        <translation>
            <numerusform>Bénévole suivant dans %n s — touchez n’importe quoi pour continuer</numerusform>
            <numerusform>Bénévole suivant dans %n s — touchez n’importe quoi pour continuer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/event_mode.py" line="101"/>
        <source>%n letter(s) neither printed nor exported will be cleared</source>
        <translation>
            <numerusform>%n lettre ni imprimée ni exportée sera effacée</numerusform>
            <numerusform>%n lettres ni imprimées ni exportées seront effacées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="104"/>
        <source>&amp;Keep writing</source>
        <translation>&amp;Continuer à écrire</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_mode.py" line="105"/>
        <source>Next volunteer countdown</source>
        <translation>Compte à rebours avant le bénévole suivant</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="40"/>
        <source>Your name and address</source>
        <translation>Votre nom et adresse</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="41"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="42"/>
        <source>Their address</source>
        <translation>Adresse du destinataire</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="43"/>
        <source>Salutation</source>
        <translation>Formule d&apos;appel</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="44"/>
        <source>Talking points</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="45"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="46"/>
        <source>Your e-mail</source>
        <translation>Votre courriel</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="47"/>
        <source>Your town</source>
        <translation>Votre ville</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="48"/>
        <source>Their name</source>
        <translation>Nom du destinataire</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="49"/>
        <source>Their title</source>
        <translation>Fonction du destinataire</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="50"/>
        <source>Action title</source>
        <translation>Titre de l&apos;action</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="51"/>
        <source>UA number</source>
        <translation>Numéro de l&apos;AU</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="52"/>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_editor.py" line="53"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="34"/>
        <location filename="../src/uawriter/gui/event_controls.py" line="203"/>
        <location filename="../src/uawriter/gui/main_window.py" line="354"/>
        <source>UA Writer</source>
        <extracomment>Below this many pixels of screen width the window uses its compact layout (two columns). How long after Next volunteer what Qt&apos;s own file dialogs wrote is forgotten again. How many times the window was cleared for the next volunteer: what was read at the start is dropped if it changed meanwhile (``resume.after_start``). The volunteer&apos;s turn at the window (``LetterRecord.turn``): new at Next volunteer and when another name signs (see ``storage/turns.py``).</extracomment>
        <translation>UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="163"/>
        <source>&amp;Actions</source>
        <extracomment>Whether the packs listed before the whole list is read may be chosen: not when a draft or a stack waits to be offered back once it is (a letter typed into a pack chosen meanwhile was saved over the draft).</extracomment>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="164"/>
        <source>Urgent Actions</source>
        <translation>Actions urgentes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="165"/>
        <source>About this action</source>
        <translation>À propos de cette action</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="127"/>
        <source>&amp;Write to</source>
        <translation>Éc&amp;rire à</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="128"/>
        <source>Addressees</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="129"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="130"/>
        <source>Write to every addressee</source>
        <translation>Écrire à tous les destinataires</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="131"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="132"/>
        <source>Copy to a diplomat:</source>
        <translation>Copie à un diplomate :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="134"/>
        <source>Also send a copy to a diplomatic representative accredited to your country</source>
        <translation>Envoyer aussi une copie à un représentant diplomatique accrédité dans votre pays</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="139"/>
        <source>Diplomatic representative</source>
        <translation>Représentant diplomatique</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="140"/>
        <source>Address book…</source>
        <translation>Carnet d&apos;adresses…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="296"/>
        <source>(no embassy of this country in the address book)</source>
        <translation>(aucune ambassade de ce pays dans le carnet d&apos;adresses)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="389"/>
        <source>No e-mail address for: %1. No e-mail is written to them: print and post their letters, or fax them.</source>
        <translation>Pas d&apos;adresse e-mail pour : %1. Aucun e-mail ne leur est écrit : imprimez et postez leurs lettres, ou faxez-les.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="100"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Lan&amp;gue de la lettre :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="101"/>
        <source>&amp;Send by:</source>
        <translation>&amp;Envoi par :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="102"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="103"/>
        <source>Letter language</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="104"/>
        <source>Send by fax, post or e-mail</source>
        <translation>Envoyer par fax, par la poste ou par e-mail</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="105"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="102"/>
        <source>Your details (optional)</source>
        <translation>Vos coordonnées (facultatif)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="103"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="104"/>
        <source>A&amp;ddress:</source>
        <translation>Adre&amp;sse :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="105"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="106"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="107"/>
        <source>Your postal address</source>
        <translation>Votre adresse postale</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="108"/>
        <source>Your e-mail address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="109"/>
        <source>&amp;Town:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="110"/>
        <source>Ph&amp;one:</source>
        <translation>Télé&amp;phone :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="111"/>
        <source>Your phone or fax</source>
        <translation>Votre téléphone ou fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="113"/>
        <source>A phone or fax number for replies, shown on the fax cover sheet (the organiser&apos;s, at an event)</source>
        <translation>Un numéro de téléphone ou de fax pour les réponses, sur la page de garde du fax (celui de l&apos;organisateur lors d&apos;un événement)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="119"/>
        <source>Your town</source>
        <translation>Votre ville</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="120"/>
        <source>Sign with initials and town</source>
        <translation>Signer avec initiales et ville</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="124"/>
        <source>Advised if you have ties to the country: the letter shows your initials and town, not your name, address or e-mail</source>
        <translation>Conseillé si vous avez des liens avec le pays : la lettre montre vos initiales et votre ville, pas votre nom, adresse ou e-mail</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="131"/>
        <source>Remember my details on this computer</source>
        <translation>Mémoriser mes coordonnées sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="134"/>
        <source>Untick on a shared computer: your details are then cleared after each letter</source>
        <translation>Décochez sur un ordinateur partagé : vos coordonnées seront alors effacées après chaque lettre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sender_pane.py" line="142"/>
        <source>This action asks every letter to be signed this way</source>
        <translation>Cette action demande de signer ainsi chaque lettre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="152"/>
        <source>What to as&amp;k for (untick to leave out):</source>
        <extracomment>a choice made the letter fail (its TemplateProblem): the letter stays as it was lines of hers a point ticked or unticked could not carry (a tuple of str) the letters go by e-mail: the export button saves drafts to the outbox</extracomment>
        <translation>&amp;Vos demandes (décochez pour retirer) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="154"/>
        <source>Talking points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="155"/>
        <source>Letter text</source>
        <translation>Texte de la lettre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="156"/>
        <source>Reset to the template</source>
        <translation>Revenir au modèle</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="157"/>
        <location filename="../src/uawriter/gui/menus.py" line="134"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="159"/>
        <source>Save e-mail dra&amp;fts</source>
        <translation>Enregistrer les &amp;brouillons d&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="161"/>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="163"/>
        <source>Add to my stac&amp;k</source>
        <translation>Ajouter à ma &amp;pile</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="106"/>
        <source>Call, post, envelopes…</source>
        <translation>Appel, publication, enveloppes…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="108"/>
        <source>Numbers to dial and what to say on the phone, a post for social media, the e-mail&apos;s text to copy, and envelopes or labels to print</source>
        <translation>Les numéros à composer et quoi dire au téléphone, une publication pour les réseaux sociaux, le texte de l&apos;e-mail à copier, et des enveloppes ou étiquettes à imprimer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="165"/>
        <source>Keep these letters and write for another action; then print or export them all at once</source>
        <translation>Garder ces lettres et écrire pour une autre action ; puis les imprimer ou les exporter toutes à la fois</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="132"/>
        <source>&amp;File</source>
        <extracomment>Further actions whose shortcuts work in text fields (Next volunteer).</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="133"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="135"/>
        <source>&amp;Save draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="136"/>
        <source>&amp;Address book…</source>
        <translation>&amp;Carnet d&apos;adresses…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="137"/>
        <source>Pos&amp;tage…</source>
        <translation>&amp;Affranchissement…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="138"/>
        <source>P&amp;hone, social media and envelopes…</source>
        <translation>&amp;Téléphone, réseaux sociaux et enveloppes…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="139"/>
        <source>What the &amp;fax machine will print…</source>
        <translation>Ce que le &amp;fax imprimera…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="141"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="142"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="143"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="144"/>
        <source>Reset letter to the template</source>
        <translation>Revenir au modèle de lettre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="145"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="146"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/menus.py" line="147"/>
        <source>&amp;About UA Writer</source>
        <translation>À &amp;propos de UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="117"/>
        <source>Fax (with cover sheet)</source>
        <translation>Fax (avec page de garde)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="118"/>
        <source>Post (no cover sheet)</source>
        <translation>Courrier (sans page de garde)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="119"/>
        <source>E-mail (send later)</source>
        <translation>E-mail (à envoyer plus tard)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="125"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="126"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="65"/>
        <source>No deadline</source>
        <translation>Sans date limite</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="68"/>
        <source>Open until %1</source>
        <translation>Ouverte jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="69"/>
        <source>Closing soon: %1</source>
        <translation>Clôture proche : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="70"/>
        <source>Deadline passed: %1</source>
        <translation>Date limite dépassée : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="80"/>
        <source>UA %1, update %2</source>
        <translation>UA %1, mise à jour %2</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="82"/>
        <source>UA %1</source>
        <translation>UA %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="226"/>
        <source>Broken pack: %1</source>
        <translation>Paquet endommagé : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="25"/>
        <source>Your changes are not in every letter</source>
        <translation>Vos modifications ne sont pas dans toutes les lettres</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="27"/>
        <source>Some of your changes were to lines that differ in each letter (the greeting, the address) and are not in the letters to:

%1

Those letters would go without them. Go back to write your words on a line of their own, or go on without them?</source>
        <translation>Certaines de vos modifications portent sur des lignes qui diffèrent dans chaque lettre (la formule d&apos;appel, l&apos;adresse) et ne sont pas dans les lettres à :

%1

Ces lettres partiraient sans elles. Revenir pour écrire vos mots sur une ligne à part, ou continuer sans elles ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="35"/>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="38"/>
        <source>Go on without them</source>
        <translation>Continuer sans elles</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="73"/>
        <source>Continue your stack?</source>
        <translation>Reprendre votre pile ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="75"/>
        <source>%n letter(s) were on your stack, neither printed nor exported, when UA Writer last stopped. Put them back on your stack?</source>
        <translation>
            <numerusform>%n lettre était sur votre pile, ni imprimée ni exportée, quand UA Writer s&apos;est arrêté la dernière fois. La remettre sur votre pile ?</numerusform>
            <numerusform>%n lettres étaient sur votre pile, ni imprimées ni exportées, quand UA Writer s&apos;est arrêté la dernière fois. Les remettre sur votre pile ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="94"/>
        <source>%n letter(s) that were on your stack cannot be put back on it: their action could not be loaded this time, or has been replaced or changed since they were written. They are kept in this file until the next volunteer:</source>
        <translation>
            <numerusform>%n lettre qui était sur votre pile ne peut pas y être remise : son action n&apos;a pas pu être chargée cette fois, ou a été remplacée ou modifiée depuis qu&apos;elle a été écrite. Elle est gardée dans ce fichier jusqu&apos;au bénévole suivant :</numerusform>
            <numerusform>%n lettres qui étaient sur votre pile ne peuvent pas y être remises : leur action n&apos;a pas pu être chargée cette fois, ou a été remplacée ou modifiée depuis qu&apos;elles ont été écrites. Elles sont gardées dans ce fichier jusqu&apos;au bénévole suivant :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="104"/>
        <source>Some letters were not put back</source>
        <translation>Certaines lettres n&apos;ont pas été remises</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="113"/>
        <source>You were writing a letter for the action “%1”, which could not be loaded this time. Your letter is kept until the action loads again: then choose it, and the letter is offered back.</source>
        <translation>Vous écriviez une lettre pour l&apos;action « %1 », qui n&apos;a pas pu être chargée cette fois. Votre lettre est gardée jusqu&apos;à ce que l&apos;action se charge de nouveau : choisissez-la alors, et la lettre vous sera proposée.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="121"/>
        <source>A letter is kept for later</source>
        <translation>Une lettre est gardée pour plus tard</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="151"/>
        <source>Clear your letter?</source>
        <translation>Effacer votre lettre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="152"/>
        <source>Your letter has not been printed or exported. At an event nothing of a volunteer is kept for the next one: close UA Writer and clear your letter?</source>
        <translation>Votre lettre n’a été ni imprimée ni exportée. Lors d’un événement, rien d’un bénévole n’est gardé pour le suivant : fermer UA Writer et effacer votre lettre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="165"/>
        <source>Start another letter?</source>
        <translation>Commencer une autre lettre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="166"/>
        <source>Your changes to this letter have not been exported. Start a letter for another action anyway? (The current one stays saved as a draft.)</source>
        <translation>Vos modifications de cette lettre n&apos;ont pas été exportées. Commencer quand même une lettre pour une autre action ? (La lettre en cours reste enregistrée comme brouillon.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="193"/>
        <source>Close with letters on your stack?</source>
        <translation>Fermer avec des lettres dans votre pile ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/questions.py" line="194"/>
        <source>%n letter(s) on your stack have been neither printed nor exported, and will be lost. Close anyway?</source>
        <translation>
            <numerusform>%n lettre de votre pile n&apos;a été ni imprimée ni exportée et sera perdue. Fermer quand même ?</numerusform>
            <numerusform>%n lettres de votre pile n&apos;ont été ni imprimées ni exportées et seront perdues. Fermer quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="210"/>
        <source>Close while printing?</source>
        <translation>Fermer pendant l’impression ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="211"/>
        <source>Pages are still being sent to the printer. Close anyway? The pages not sent yet will not be printed.</source>
        <translation>Des pages sont encore en cours d’envoi à l’imprimante. Fermer quand même ? Les pages pas encore envoyées ne seront pas imprimées.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="225"/>
        <source>Close without the organiser&apos;s work?</source>
        <translation>Fermer sans le travail de l&apos;organisateur ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="226"/>
        <source>The organiser was working on a pack when the laptop was left. It is put away until the organiser types the PIN (Organiser tools…), and closing UA Writer now loses it. Close anyway?</source>
        <translation>L&apos;organisateur travaillait sur un pack quand l&apos;ordinateur a été laissé. Il est mis de côté jusqu&apos;à ce que l&apos;organisateur saisisse le code PIN (Outils de l&apos;organisateur…), et fermer UA Writer maintenant le perd. Fermer quand même ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="290"/>
        <source>The address book entry of %1 was corrected after your letters were put on the stack: the copies on your stack now go to the corrected address. Nothing was sent yet: print or export your stack again.</source>
        <translation>L’entrée du carnet d’adresses de %1 a été corrigée après que vos lettres ont été mises sur la pile : les copies de votre pile vont maintenant à l’adresse corrigée. Rien n’a encore été envoyé : imprimez ou exportez à nouveau votre pile.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="299"/>
        <source>The address book entry of %1 was corrected after your letters were put on the stack, and the copy on your stack could not be changed to match: its address or greeting was changed by hand. Nothing was sent: take that action&apos;s letters off the stack (Remove) and write them again.</source>
        <translation>L’entrée du carnet d’adresses de %1 a été corrigée après que vos lettres ont été mises sur la pile, et la copie de votre pile n’a pas pu être ajustée : son adresse ou sa formule d’appel a été modifiée à la main. Rien n’a été envoyé : retirez de la pile les lettres de cette action (Retirer) et écrivez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="307"/>
        <source>An address was corrected</source>
        <translation>Une adresse a été corrigée</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="314"/>
        <source>The letters on your stack for “%1” were written from a copy of the action that has been replaced or removed since. They were not sent: the officials, addresses or fax numbers may have changed. Take them off the stack (Remove) and write them again.</source>
        <translation>Les lettres de votre pile pour « %1 » ont été écrites à partir d’une copie de l’action qui a depuis été remplacée ou supprimée. Elles n’ont pas été envoyées : les responsables, les adresses ou les numéros de fax ont pu changer. Retirez-les de la pile (Retirer) et écrivez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="322"/>
        <source>The action “%1” has been removed from this computer since this letter was started. The letter was not sent.</source>
        <translation>L’action « %1 » a été supprimée de cet ordinateur depuis que cette lettre a été commencée. La lettre n’a pas été envoyée.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="328"/>
        <source>The action “%1” has been replaced by another copy (revision %2) since this letter was started: the officials, addresses or fax numbers may have changed. The letter now uses the new copy, and your changes to it are kept. Nothing was sent: look at the letter, then send it again.</source>
        <translation>L’action « %1 » a été remplacée par une autre copie (révision %2) depuis que cette lettre a été commencée : les responsables, les adresses ou les numéros de fax ont pu changer. La lettre utilise maintenant la nouvelle copie et vos modifications sont conservées. Rien n’a été envoyé : relisez la lettre, puis envoyez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="335"/>
        <source>This action has changed</source>
        <translation>Cette action a changé</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="175"/>
        <source>Before you send this letter</source>
        <translation>Avant d&apos;envoyer cette lettre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="177"/>
        <source>This action asks:

%1

Has your letter kept to this?</source>
        <translation>Cette action demande :

%1

Votre lettre le respecte-t-elle ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="181"/>
        <source>This action asks what is written below.

Has your letter kept to this?</source>
        <translation>Cette action demande ce qui est écrit ci-dessous.

Votre lettre le respecte-t-elle ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="202"/>
        <source>%n letter(s) on your stack for this action replaced by the new one(s): %1.</source>
        <translation>
            <numerusform>%n lettre de votre pile pour cette action remplacée par la nouvelle : %1.</numerusform>
            <numerusform>%n lettres de votre pile pour cette action remplacées par les nouvelles : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="245"/>
        <source>Another volunteer&apos;s letters are on the stack</source>
        <translation>La pile contient les lettres d&apos;un autre bénévole</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="246"/>
        <source>The stack holds letters signed by %1, not printed or exported yet. Print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>La pile contient des lettres signées par %1, pas encore imprimées ni exportées. Imprimez-les ou exportez-les d&apos;abord (Tout imprimer… ou Tout exporter… sous Ma pile), puis ajoutez les vôtres. Votre lettre est toujours là.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="261"/>
        <source>Letters without a name on the stack</source>
        <translation>Des lettres sans nom sur la pile</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="262"/>
        <source>The stack holds %n letter(s) written without a name, not printed or exported yet. Did you write them?

Yes: they go out with yours, signed %1.
No: print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>
            <numerusform>La pile contient %n lettre écrite sans nom, pas encore imprimée ni exportée. L&apos;avez-vous écrite ?

Oui : elle part avec les vôtres, signée %1.
Non : imprimez-la ou exportez-la d&apos;abord (Tout imprimer… ou Tout exporter… sous Ma pile), puis ajoutez les vôtres. Votre lettre est toujours là.</numerusform>
            <numerusform>La pile contient %n lettres écrites sans nom, pas encore imprimées ni exportées. Les avez-vous écrites ?

Oui : elles partent avec les vôtres, signées %1.
Non : imprimez-les ou exportez-les d&apos;abord (Tout imprimer… ou Tout exporter… sous Ma pile), puis ajoutez les vôtres. Votre lettre est toujours là.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/sending.py" line="280"/>
        <source>Letters with other details on the stack</source>
        <translation>Lettres avec d’autres coordonnées sur la pile</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="281"/>
        <source>The stack holds %n letter(s) written without a name and with another address or e-mail for replies, not printed or exported yet. Did you write them?

Yes: they go out with yours, their cover sheets with the details you typed now.
No: print or export them first (Print all… or Export all… under My stack), then add yours. Your letter is still here.</source>
        <translation>
            <numerusform>La pile contient des lettres écrites sans nom et avec une autre adresse ou un autre e-mail pour les réponses, pas encore imprimées ni exportées : %n. Les avez-vous écrites ?

Oui : elles partent avec les vôtres, leurs pages de garde avec les coordonnées que vous venez de saisir.
Non : imprimez-les ou exportez-les d’abord (Tout imprimer… ou Tout exporter… sous Ma pile), puis ajoutez les vôtres. Votre lettre reste ici.</numerusform>
            <numerusform>La pile contient des lettres écrites sans nom et avec une autre adresse ou un autre e-mail pour les réponses, pas encore imprimées ni exportées : %n. Les avez-vous écrites ?

Oui : elles partent avec les vôtres, leurs pages de garde avec les coordonnées que vous venez de saisir.
Non : imprimez-les ou exportez-les d’abord (Tout imprimer… ou Tout exporter… sous Ma pile), puis ajoutez les vôtres. Votre lettre reste ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/sending.py" line="199"/>
        <source>%n letter(s) added to your stack.</source>
        <translation>
            <numerusform>%n lettre ajoutée à votre pile.</numerusform>
            <numerusform>%n lettres ajoutées à votre pile.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="284"/>
        <source>This pack cannot be used</source>
        <translation>Ce paquet ne peut pas être utilisé</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="285"/>
        <source>Ask whoever made the pack for a corrected copy.</source>
        <translation>Demandez une version corrigée à la personne qui a préparé le paquet.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="286"/>
        <source>Choose an action on the left to start a letter.</source>
        <translation>Choisissez une action à gauche pour commencer une lettre.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="296"/>
        <source>Loading the actions…</source>
        <translation>Chargement des actions…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="319"/>
        <source>To check in this pack:</source>
        <translation>À vérifier dans ce paquet :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="326"/>
        <source>your own language</source>
        <translation>votre propre langue</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="328"/>
        <source>Write in:</source>
        <translation>Écrire en :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="332"/>
        <source>What to ask for</source>
        <translation>Ce qu&apos;il faut demander</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="340"/>
        <source>Additional information</source>
        <translation>Informations complémentaires</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="346"/>
        <source>Further information:</source>
        <translation>En savoir plus :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="211"/>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="211"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="215"/>
        <source>Fax %1</source>
        <translation>Fax %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="217"/>
        <source>no fax</source>
        <translation>pas de fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="357"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="358"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack_keeper.py" line="67"/>
        <source>%n letter(s) of your stack went out before UA Writer stopped, and are counted: they are not put back on it.</source>
        <extracomment>While the stack&apos;s letters go out: when they started, by which channels, in which turn (see :meth:`going_out`).</extracomment>
        <translation>
            <numerusform>%n lettre de votre pile est partie avant l&apos;arrêt d&apos;UA Writer et est comptée : elle n&apos;y est pas remise.</numerusform>
            <numerusform>%n lettres de votre pile sont parties avant l&apos;arrêt d&apos;UA Writer et sont comptées : elles n&apos;y sont pas remises.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack_keeper.py" line="122"/>
        <source>Your stack could not be saved: %1</source>
        <translation>Votre pile n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="391"/>
        <source>What you pasted held a run of more than %1 characters without a space, longer than any word: spaces were put in it. Check where it came from.</source>
        <translation>Ce que vous avez collé contenait plus de %1 caractères d’affilée sans espace, plus long que n’importe quel mot : des espaces y ont été insérées. Vérifiez d’où il provient.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="460"/>
        <source>The letters set aside for this action went out and are counted: nothing of them is left to send.</source>
        <translation>Les lettres mises de côté pour cette action sont parties et comptées : il n’y a plus rien à envoyer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="581"/>
        <source>Some changes were to lines that differ for this addressee and were not carried over: %1</source>
        <translation>Certaines modifications portaient sur des lignes différentes pour ce destinataire et n&apos;ont pas été reportées : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="626"/>
        <source>Your details were not put in the letter: %1</source>
        <translation>Vos coordonnées n’ont pas été mises dans la lettre : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="780"/>
        <source>The outbox collects every volunteer&apos;s e-mails tonight. To choose it, enter the organiser PIN:</source>
        <translation>La boîte d’envoi réunit ce soir les e-mails de tous les bénévoles. Pour la choisir, saisissez le code PIN de l’organisateur :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/went.py" line="80"/>
        <source>Sent as it was when you sent it; your changes since are still to send.</source>
        <translation>Envoyé tel qu’au moment de l’envoi ; vos modifications depuis restent à envoyer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_controls.py" line="259"/>
        <source>What you were working on is back: it was put away when the laptop was left.</source>
        <translation>Ce sur quoi vous travailliez est de retour : il avait été mis de côté quand l&apos;ordinateur a été laissé.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/resume.py" line="149"/>
        <source>Your letters went out before UA Writer stopped, and are counted.</source>
        <translation>Vos lettres sont parties avant l’arrêt d’UA Writer et sont comptées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/resume.py" line="158"/>
        <source>%n letter(s) went out before UA Writer stopped, and are counted: their officials are no longer ticked in your letter.</source>
        <translation>
            <numerusform>%n lettre est partie avant l’arrêt d’UA Writer et est comptée : son destinataire n’est plus coché dans votre lettre.</numerusform>
            <numerusform>%n lettres sont parties avant l’arrêt d’UA Writer et sont comptées : leurs destinataires ne sont plus cochés dans votre lettre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/resume.py" line="228"/>
        <source>The copy to %1 was not restored: that contact is no longer in the address book for this action&apos;s country. Choose a copy again if one should go.</source>
        <translation>La copie à %1 n&apos;a pas été rétablie : ce contact n&apos;est plus dans le carnet d&apos;adresses pour le pays de cette action. Choisissez de nouveau une copie s&apos;il faut en envoyer une.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="232"/>
        <source>The postage table could not be saved: %1</source>
        <translation>Le tableau d&apos;affranchissement n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="193"/>
        <source>Choose an action and an addressee first.</source>
        <translation>Choisissez d&apos;abord une action et un destinataire.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="293"/>
        <source>(address book empty)</source>
        <translation>(carnet d&apos;adresses vide)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="299"/>
        <source>Add embassies and other diplomatic representatives with “Address book…”</source>
        <translation>Ajoutez des ambassades et d&apos;autres représentations diplomatiques avec « Carnet d&apos;adresses… »</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="355"/>
        <source>The address book could not be saved</source>
        <translation>Impossible d&apos;enregistrer le carnet d&apos;adresses</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="356"/>
        <source>%1

The addresses are kept until you close UA Writer.</source>
        <translation>%1

Les adresses sont conservées jusqu&apos;à ce que vous fermiez UA Writer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/addressees_pane.py" line="375"/>
        <source>No fax number for: %1. Their letters get no fax cover sheet: print and post them, or send them by e-mail.</source>
        <translation>Pas de numéro de fax pour : %1. Leurs lettres n&apos;auront pas de page de garde de fax : imprimez-les et envoyez-les par courrier, ou par e-mail.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/options_pane.py" line="42"/>
        <source>%1 (asked for)</source>
        <translation>%1 (recommandé)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="179"/>
        <source>Change the letter&apos;s language?</source>
        <translation>Changer la langue de la lettre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="180"/>
        <source>The letter will be written afresh in the new language, and your changes to it will be lost. Change the language?</source>
        <translation>La lettre sera réécrite dans la nouvelle langue et vos modifications seront perdues. Changer de langue ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="301"/>
        <source>Le&amp;tter:</source>
        <translation>Le&amp;ttre :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="304"/>
        <source>Le&amp;tter to %1 (your changes go into every letter):</source>
        <translation>Le&amp;ttre à %1 (vos modifications vont dans chaque lettre) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="385"/>
        <source>Reset the letter?</source>
        <translation>Revenir au modèle ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/letter_pane.py" line="386"/>
        <source>Your changes to the letter will be replaced by the template&apos;s text.</source>
        <translation>Vos modifications de la lettre seront remplacées par le texte du modèle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/letter_pane.py" line="401"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/letter_pane.py" line="403"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="239"/>
        <source>This pack&apos;s letter cannot be written</source>
        <translation>Impossible de rédiger la lettre de ce paquet</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="240"/>
        <source>The letter template has a problem:
%1

Ask whoever made the pack for a corrected copy.</source>
        <translation>Le modèle de lettre comporte un problème :
%1

Demandez une version corrigée à la personne qui a préparé le paquet.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/main_window.py" line="696"/>
        <location filename="../src/uawriter/gui/preview.py" line="200"/>
        <source>The preview failed: %1</source>
        <translation>Impossible d&apos;afficher l&apos;aperçu : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="222"/>
        <source>No addressee chosen</source>
        <translation>Aucun destinataire choisi</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/channel_actions.py" line="163"/>
        <location filename="../src/uawriter/gui/output.py" line="223"/>
        <source>Tick at least one addressee under “Write to”.</source>
        <extracomment>whose turn it is: another after Next volunteer, or once another name signs (the tally&apos;s turn: Hans typing his name over Aigerim&apos;s is Hans&apos;s turn, probe 83b) the letter&apos;s draft saved now, with what was counted by hand in it &quot;I sent this e-mail&quot; counts a letter given back after a crash was kept with, by (action, addressee): its e-mail drafts take them back, as in one window (probe 92b: counted twice); until Next volunteer, or used</extracomment>
        <translation>Cochez au moins un destinataire sous « Écrire à ».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="230"/>
        <source>Some characters cannot be printed</source>
        <translation>Certains caractères ne peuvent pas être imprimés</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="231"/>
        <source>UA Writer has no font for these characters, so they would print as empty boxes: %1

Change them in the letter, or go on anyway?</source>
        <translation>UA Writer n’a pas de police pour ces caractères : ils s’imprimeraient comme des cases vides : %1

Les modifier dans la lettre, ou continuer quand même ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/envelopes_tab.py" line="247"/>
        <location filename="../src/uawriter/gui/output.py" line="309"/>
        <location filename="../src/uawriter/gui/printing.py" line="97"/>
        <location filename="../src/uawriter/gui/printing.py" line="194"/>
        <source>Printing failed</source>
        <extracomment>Pages rendered by one task and painted together.</extracomment>
        <translation>Échec de l&apos;impression</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="98"/>
        <source>%1 is not a file: print to a file in a folder.</source>
        <translation>%1 n’est pas un fichier : imprimez dans un fichier d’un dossier.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="111"/>
        <source>Printed to another file</source>
        <translation>Imprimé dans un autre fichier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="112"/>
        <source>%1 holds letters that were exported and counted, and is kept: the pages go to %2 instead.</source>
        <translation>%1 contient des lettres exportées et comptées, et il est conservé : les pages vont dans %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="191"/>
        <source>The printer could not be started.</source>
        <extracomment>why the hidden file beside the chosen one could not be made, if it could not</extracomment>
        <translation>Impossible de lancer l&apos;impression.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/printing.py" line="255"/>
        <source>Printing…</source>
        <extracomment>Until its pages went to the printer, or it was stopped (the window closing)</extracomment>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/actions_pane.py" line="91"/>
        <source>The deadline passed on %1: check with your section office before sending.</source>
        <translation>La date limite est passée (%1) : vérifiez auprès de votre section avant d’envoyer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="349"/>
        <source>Export the letter as PDF</source>
        <translation>Exporter la lettre en PDF</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="352"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="368"/>
        <source>Choose a folder for the %n letter(s)</source>
        <translation>
            <numerusform>Choisissez un dossier pour la lettre</numerusform>
            <numerusform>Choisissez un dossier pour les %n lettres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="464"/>
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>Exportation de la lettre…</numerusform>
            <numerusform>Exportation de %n lettres…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/output.py" line="562"/>
        <location filename="../src/uawriter/gui/output.py" line="603"/>
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>Lettre enregistrée dans %1.</numerusform>
            <numerusform>%n lettres enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="372"/>
        <source>Save the letters here</source>
        <translation>Enregistrer les lettres ici</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="112"/>
        <source>The letters went out, but could not be counted: %1</source>
        <extracomment>Where each letter that goes out is counted (None: not counted). The event running on this laptop, for the tally. Put before each file name (&quot;V03 &quot;, the volunteer&apos;s number at an event). The e-mails counted by &quot;I sent this e-mail&quot; in this turn: their records&apos; ids, by (action, addressee), taken back when their drafts are saved and counted.</extracomment>
        <translation>Les lettres sont parties, mais n&apos;ont pas pu être comptées : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="127"/>
        <source>Counted before that: %1 of %2 files. Count only the others by hand (Event, Add counts): %3</source>
        <translation>Comptés avant cela : %1 fichiers sur %2. Comptez à la main seulement les autres (Événement, Ajouter des comptes) : %3</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="174"/>
        <source>These letters would not be counted</source>
        <extracomment>Told the letters of one print or export once they went out (an export cancelled part-way: those written). The stack passes one, so that its letters leave it when they, not another output that ends meanwhile, went out.</extracomment>
        <translation>Ces lettres ne seraient pas comptées</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="175"/>
        <source>UA Writer cannot add to its count of letters: %1

Please tell the organiser. Send the letters anyway, without counting them?</source>
        <translation>UA Writer ne peut pas ajouter les lettres à son décompte : %1

Prévenez l’organisateur. Envoyer quand même les lettres, sans les compter ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="296"/>
        <source>Printing stopped: %1 of %2 letters went to the printer.</source>
        <translation>Impression arrêtée : %1 lettres sur %2 sont parties à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="427"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="429"/>
        <source>(%1 was there already, not written by you, and is kept.)</source>
        <translation>(%1 était déjà là, écrit par quelqu&apos;un d&apos;autre, et est conservé.)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="465"/>
        <location filename="../src/uawriter/gui/printing.py" line="256"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="528"/>
        <source>Export cancelled: %1 of %2 letters saved.</source>
        <translation>Exportation annulée. Lettres enregistrées : %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="560"/>
        <source>Letters exported</source>
        <translation>Lettres exportées</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="568"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="581"/>
        <location filename="../src/uawriter/gui/output.py" line="606"/>
        <source>Not all the letters could be saved</source>
        <translation>Toutes les lettres n’ont pas pu être enregistrées</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="582"/>
        <source>%1 of %2 letters were saved in %3 and counted; then UA Writer could not write there:
%4

The other letters were not saved; they are still here (their addressees stay ticked, or they stay on your stack). Export them to another folder, for example on a USB stick or in Documents.</source>
        <translation>%1 lettres sur %2 ont été enregistrées dans %3 et comptées ; ensuite UA Writer n’a pas pu y écrire :
%4

Les autres lettres n’ont pas été enregistrées ; elles sont toujours là (leurs destinataires restent cochés, ou elles restent sur votre pile). Exportez-les dans un autre dossier, par exemple sur une clé USB ou dans Documents.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="601"/>
        <location filename="../src/uawriter/gui/output.py" line="612"/>
        <source>The letters could not be saved</source>
        <translation>Impossible d&apos;enregistrer les lettres</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/output.py" line="613"/>
        <source>UA Writer could not write to %1:
%2

Your letter is still here. Choose another folder, for example on a USB stick or in Documents.</source>
        <translation>UA Writer n&apos;a pas pu écrire dans %1 :
%2

Votre lettre est toujours là. Choisissez un autre dossier, par exemple sur une clé USB ou dans Documents.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="152"/>
        <source>The draft could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le brouillon : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="146"/>
        <source>Draft saved</source>
        <extracomment>The outputs of each action&apos;s letter under way: token -&gt; (when, channels, turn). Kept per action (a letter set aside while its e-mails are saved keeps its own) and per output (a second started meanwhile replaced the first&apos;s: probe 93a). At an event, the letters set aside as they are, her details in them: the file holds none, and taken back from it her lines written in them were lost unsaid. Kept in memory only, until Next volunteer (or the window closes). The letter each action&apos;s set-aside draft was made from (the session object: any change to a letter makes a new one), to know it as sent (probe 80a).</extracomment>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="316"/>
        <source>One of them held tonight&apos;s event: no event is running now, so the organiser&apos;s tools are not locked and nothing is cleared between volunteers. If an event was running, the organiser starts it again (Event menu) before the next volunteer sits down.</source>
        <translation>L’un d’eux contenait l’événement de ce soir : aucun événement n’est en cours, donc les outils de l’organisateur ne sont pas verrouillés et rien n’est effacé entre les bénévoles. Si un événement était en cours, l’organisateur le relance (menu Événement) avant que le bénévole suivant ne s’installe.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="323"/>
        <source>Some saved files were damaged</source>
        <translation>Certains fichiers enregistrés étaient endommagés</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/draft_keeper.py" line="312"/>
        <source>They were set aside, and UA Writer started afresh:
%1</source>
        <translation>Ils ont été mis de côté et UA Writer est reparti de zéro :
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="54"/>
        <source>Continue your letter?</source>
        <translation>Reprendre votre lettre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="56"/>
        <source>You were writing a letter for “%1”. Continue it?</source>
        <translation>Vous écriviez une lettre pour « %1 ». La reprendre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/window_settings.py" line="39"/>
        <source>Settings could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer les paramètres : %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="35"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="36"/>
        <source>Write Urgent Action appeal letters offline, and print, post or fax them.</source>
        <translation>Rédigez hors ligne des lettres d&apos;appel pour les Actions urgentes, puis imprimez-les et envoyez-les par courrier ou par fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="39"/>
        <source>UA Writer is free software: you may share and change it under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>UA Writer est un logiciel libre : vous pouvez le partager et le modifier selon les termes de la Licence publique générale GNU, version 3 ou toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="45"/>
        <source>The fonts it bundles and embeds in the letters are free too:</source>
        <translation>Les polices qu&apos;il inclut et intègre aux lettres sont libres elles aussi :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/about.py" line="50"/>
        <source>About UA Writer</source>
        <translation>À propos de UA Writer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="129"/>
        <source>Keep your letter?</source>
        <translation>Conserver votre lettre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/questions.py" line="131"/>
        <source>Your letter has not been printed or exported. Keep it as a draft for next time?</source>
        <translation>Votre lettre n&apos;a été ni imprimée ni exportée. La conserver comme brouillon pour la prochaine fois ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="432"/>
        <source>My stack</source>
        <extracomment>Room in the stack&apos;s file for what :func:`stack_data` adds to its letters when the stack goes out (the time, the channels, the turn) and for the format&apos;s name and version. What the window writes of an official at most: a pack&apos;s (packs/limits.py) or an address book contact&apos;s (storage/address_book.py), whichever is more. A record holding more was damaged on disk: a stack file&apos;s official of 120,000 address lines was taken back, and then every save of the stack was refused as too big (probe 74c). Of an official&apos;s e-mails, phones and social media accounts: as many as an address has lines. A pack&apos;s official who has more is made again from the pack (see :func:`_letter_of`). The characters of each of the sender&apos;s boxes at most (sender_pane.py), in the order :class:`~uawriter.domain.model.Sender` takes them.</extracomment>
        <translation>Ma pile</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="433"/>
        <source>Print all…</source>
        <translation>Tout imprimer…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="434"/>
        <source>Export all…</source>
        <translation>Tout exporter…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="435"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="437"/>
        <source>Take the chosen action&apos;s letters off the stack</source>
        <translation>Retirer de la pile les lettres de l&apos;action choisie</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/stack.py" line="533"/>
        <source>Take these letters off your stack?</source>
        <translation>Retirer ces lettres de votre pile ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="534"/>
        <source>%n letter(s) for %1, neither printed nor exported, would be taken off your stack and could not be brought back. Take them off?</source>
        <translation>
            <numerusform>%n lettre pour %1, ni imprimée ni exportée, serait retirée de votre pile et ne pourrait pas être récupérée. La retirer ?</numerusform>
            <numerusform>%n lettres pour %1, ni imprimées ni exportées, seraient retirées de votre pile et ne pourraient pas être récupérées. Les retirer ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="559"/>
        <source>%1: %n letter(s) in %2</source>
        <translation>
            <numerusform>%1 : %n lettre en %2</numerusform>
            <numerusform>%1 : %n lettres en %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/stack.py" line="569"/>
        <source>%n letter(s) waiting. Choose another action to add more, or print or export them all.</source>
        <translation>
            <numerusform>%n lettre en attente. Choisissez une autre action pour en ajouter, ou imprimez ou exportez-les toutes.</numerusform>
            <numerusform>%n lettres en attente. Choisissez une autre action pour en ajouter, ou imprimez ou exportez-les toutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="45"/>
        <source>Post to %1 is suspended: send by e-mail or fax, or through the embassy.</source>
        <translation>Le courrier vers %1 est suspendu : envoyez par e-mail ou par fax, ou par l&apos;ambassade.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="50"/>
        <source>Post to %1: %2 for a letter of one sheet.</source>
        <translation>Courrier vers %1 : %2 pour une lettre d&apos;une feuille.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="115"/>
        <source>Choose the outbox for e-mail drafts (for example on a USB stick)</source>
        <extracomment>whether the outbox may be chosen now (at an event: the organiser&apos;s, with the PIN) the volunteer at the laptop: e-mails that finish saving after the next one has come show nothing of the last one&apos;s (see :meth:`next_turn`) the last write to the outbox failed: the next one asks where, so that another folder can be chosen while the full stick is still there</extracomment>
        <translation>Choisissez la boîte d&apos;envoi des brouillons d&apos;e-mail (par exemple sur une clé USB)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="119"/>
        <source>Collect e-mails here</source>
        <translation>Rassembler les e-mails ici</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="217"/>
        <source>The e-mails could not be saved</source>
        <translation>Les e-mails n&apos;ont pas pu être enregistrés</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="218"/>
        <source>UA Writer could not write to the outbox %1:
%2

Your letter is still here. Save it again to choose another outbox folder, or send the letter by post or fax.</source>
        <translation>UA Writer n&apos;a pas pu écrire dans la boîte d&apos;envoi %1 :
%2

Votre lettre est toujours là. Enregistrez-la de nouveau pour choisir un autre dossier, ou envoyez la lettre par la poste ou par fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="240"/>
        <source>Not all the e-mails could be saved</source>
        <translation>Tous les e-mails n’ont pas pu être enregistrés</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="241"/>
        <source>%1 of %2 e-mails were saved in the outbox %3 and counted; then UA Writer could not write there:
%4

The addressees still ticked are the ones not written to. Save again to choose another outbox folder, or send their letters by post or fax.</source>
        <translation>%1 e-mails sur %2 ont été enregistrés dans la boîte d’envoi %3 et comptés ; ensuite UA Writer n’a pas pu y écrire :
%4

Les destinataires encore cochés sont ceux à qui rien n’a été écrit. Enregistrez de nouveau pour choisir un autre dossier, ou envoyez-leur la lettre par la poste ou par fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="257"/>
        <source>No e-mail address</source>
        <translation>Pas d&apos;adresse e-mail</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="258"/>
        <source>The Urgent Action gives no e-mail address for:
%1

Send the letter by post or fax instead (“Send by” above).</source>
        <translation>L&apos;Action urgente ne donne pas d&apos;adresse e-mail pour :
%1

Envoyez la lettre par la poste ou par fax (« Envoyer par » ci-dessus).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="275"/>
        <source>E-mails ready to send</source>
        <translation>E-mails prêts à envoyer</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/outbox.py" line="277"/>
        <source>%n e-mail draft(s) saved in the outbox %1.</source>
        <translation>
            <numerusform>%n brouillon d&apos;e-mail enregistré dans la boîte d&apos;envoi %1.</numerusform>
            <numerusform>%n brouillons d&apos;e-mail enregistrés dans la boîte d&apos;envoi %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="282"/>
        <source>The organiser sends them from a computer that is online: each file opens in a mail program (Thunderbird, Outlook, Apple Mail) ready to send.</source>
        <translation>L&apos;organisateur les envoie depuis un ordinateur connecté : chaque fichier s&apos;ouvre dans un logiciel de messagerie (Thunderbird, Outlook, Apple Mail), prêt à être envoyé.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="290"/>
        <source>No e-mail address for: %1. Send them by post or fax.</source>
        <translation>Pas d&apos;adresse e-mail pour : %1. Envoyez-leur la lettre par la poste ou par fax.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="298"/>
        <source>Open in mail program</source>
        <translation>Ouvrir dans le logiciel de messagerie</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/outbox.py" line="301"/>
        <source>Open outbox</source>
        <translation>Ouvrir la boîte d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="272"/>
        <source>Edit action pack</source>
        <extracomment>Which drafted addressee and point each row is (None: added here): the UA&apos;s lines are found by the drafted ones, which a row no longer is once one before it was removed (probe 75a: the President&apos;s fax was marked beside the Prosecutor&apos;s).</extracomment>
        <translation>Modifier le paquet d&apos;action</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="273"/>
        <source>Action</source>
        <translation>Action urgente</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="274"/>
        <source>What to ask for</source>
        <translation>Ce qu&apos;il faut demander</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="275"/>
        <source>Addressees</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="276"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="546"/>
        <source>Discard the changes to this pack?</source>
        <translation>Abandonner les modifications de ce pack ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="548"/>
        <source>What you typed in this pack is not saved. Save it now, discard it, or go on editing?</source>
        <translation>Ce que vous avez saisi dans ce pack n&apos;est pas enregistré. L&apos;enregistrer maintenant, l&apos;abandonner ou continuer la modification ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="558"/>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="680"/>
        <source>The pack has changed since you opened it</source>
        <translation>Le paquet a changé depuis que vous l’avez ouvert</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="682"/>
        <source>The pack “%1” was changed on this computer after you opened it here: another copy was imported, or it was saved from another window. Saving replaces that copy with yours, and what it changed is lost.

To keep both, give yours another id (Action tab) and save it again. Replace the other copy with yours?</source>
        <translation>Le paquet « %1 » a été modifié sur cet ordinateur après que vous l’avez ouvert ici : une autre copie a été importée, ou il a été enregistré depuis une autre fenêtre. Enregistrer remplace cette copie par la vôtre, et ses modifications sont perdues.

Pour garder les deux, donnez un autre identifiant à la vôtre (onglet Action) et enregistrez-la à nouveau. Remplacer l’autre copie par la vôtre ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="693"/>
        <source>Replace it</source>
        <translation>La remplacer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="312"/>
        <source>Pack id:</source>
        <translation>Identifiant du paquet :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="313"/>
        <source>Written in (language code):</source>
        <translation>Rédigé en (code de langue) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="314"/>
        <source>Contacts checked on (YYYY-MM-DD):</source>
        <translation>Contacts vérifiés le (AAAA-MM-JJ) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="315"/>
        <source>UA number:</source>
        <translation>Numéro d&apos;UA :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="316"/>
        <source>Issued on (YYYY-MM-DD):</source>
        <translation>Date de publication (AAAA-MM-JJ) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="317"/>
        <source>Deadline (YYYY-MM-DD, empty for none):</source>
        <translation>Date limite (AAAA-MM-JJ, vide si aucune) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="318"/>
        <source>Country code:</source>
        <translation>Code du pays :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="319"/>
        <source>Write in (language codes):</source>
        <translation>Écrire en (codes de langue) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="320"/>
        <source>Further information (web address):</source>
        <translation>En savoir plus (adresse web) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="327"/>
        <source>Revision:</source>
        <translation>Révision :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="328"/>
        <source>Update number (0 for the first UA):</source>
        <translation>Numéro de mise à jour (0 pour la première UA) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="330"/>
        <source>Letters may also be written in the writer&apos;s own language</source>
        <translation>Les lettres peuvent aussi être rédigées dans la langue de leur auteur</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="333"/>
        <source>Post to this country is suspended (use e-mail, fax or the embassy)</source>
        <translation>Le courrier vers ce pays est suspendu (e-mail, fax ou ambassade)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="337"/>
        <source>Texts in:</source>
        <translation>Textes en :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="338"/>
        <source>Add a language…</source>
        <translation>Ajouter une langue…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="340"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="341"/>
        <source>Summary:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="342"/>
        <source>Additional information:</source>
        <translation>Informations complémentaires :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="343"/>
        <source>After the deadline:</source>
        <translation>Après la date limite :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="344"/>
        <source>Copies to diplomats:</source>
        <translation>Copies aux diplomates :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="389"/>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="501"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="390"/>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="502"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="391"/>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="505"/>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="392"/>
        <source>Paragraph of the letter:</source>
        <translation>Paragraphe de la lettre :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="503"/>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="506"/>
        <source>Title:</source>
        <comment>an addressee&apos;s position, such as Minister of Justice</comment>
        <translation>Fonction :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="509"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="510"/>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="511"/>
        <source>Country (as on the envelope):</source>
        <translation>Pays (comme sur l&apos;enveloppe) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="512"/>
        <source>Fax:</source>
        <translation>Fax :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="516"/>
        <source>Address lines:</source>
        <translation>Lignes d&apos;adresse :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="517"/>
        <source>E-mails (separated by commas):</source>
        <translation>E-mails (séparés par des virgules) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="519"/>
        <source>Telephone numbers (separated by commas):</source>
        <translation>Téléphones (séparés par des virgules) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="521"/>
        <source>Social media (such as twitter: @name):</source>
        <translation>Réseaux sociaux (par exemple twitter : @nom) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="523"/>
        <source>Salutation (in the language above):</source>
        <translation>Formule d&apos;appel (dans la langue ci-dessus) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="122"/>
        <source>Add a letter language…</source>
        <translation>Ajouter une langue de lettre…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="123"/>
        <source>Letter:</source>
        <translation>Lettre :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="125"/>
        <source>Insert field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="127"/>
        <source>Put a field where the cursor is: the salutation, their address, the talking points, your name… Each is filled in for every letter.</source>
        <translation>Placer un champ à l&apos;endroit du curseur : la formule d&apos;appel, l&apos;adresse, les demandes, votre nom… Chacun est rempli dans chaque lettre.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="133"/>
        <source>Show template code</source>
        <translation>Afficher le code du modèle</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="135"/>
        <source>This letter uses template code the field menu does not have, so it is shown as code. Edit it here, or start a new letter language from a simple letter.</source>
        <translation>Cette lettre utilise du code de modèle que le menu des champs n&apos;a pas : elle est donc affichée en code. Modifiez-la ici, ou commencez une nouvelle langue de lettre à partir d&apos;une lettre simple.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_letters.py" line="124"/>
        <source>The letter it makes:</source>
        <translation>La lettre obtenue :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="279"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="531"/>
        <source>Write to (target)</source>
        <translation>Écrire à (cible)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_tabs.py" line="532"/>
        <source>Copy to</source>
        <translation>Copie à</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="442"/>
        <source>Language code (such as kk, ru, es):</source>
        <translation>Code de langue (par exemple kk, ru, es) :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="453"/>
        <source>UA Writer does not know the language code “%1”.</source>
        <translation>UA Writer ne connaît pas le code de langue « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="459"/>
        <source>Add a language</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="467"/>
        <source>Add a letter language</source>
        <translation>Ajouter une langue de lettre</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/uawriter/gui/pack_editor_problems.py" line="38"/>
        <source>%n problem(s) to fix before the pack can be used:</source>
        <translation>
            <numerusform>%n problème à corriger avant de pouvoir utiliser le paquet :</numerusform>
            <numerusform>%n problèmes à corriger avant de pouvoir utiliser le paquet :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor_problems.py" line="41"/>
        <source>The pack is ready to use.</source>
        <translation>Le paquet est prêt à l&apos;emploi.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="633"/>
        <source>Save a pack with problems?</source>
        <translation>Enregistrer un paquet comportant des problèmes ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="635"/>
        <source>Until the problems are fixed the pack is listed as broken and cannot be used for letters. Save it anyway?</source>
        <translation>Tant que les problèmes ne sont pas corrigés, le paquet apparaît comme endommagé et ne peut pas servir à rédiger des lettres. L&apos;enregistrer quand même ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="645"/>
        <source>Give the pack an id first.</source>
        <translation>Donnez d&apos;abord un identifiant au paquet.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_editor.py" line="653"/>
        <source>The pack could not be saved:
%1</source>
        <translation>Impossible d&apos;enregistrer le paquet :
%1</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/source_pane.py" line="108"/>
        <source>The Urgent Action: the lines the field you are in was read from are marked.</source>
        <extracomment>the key shown and its lines (1-based, inclusive), for the window and for tests</extracomment>
        <translation>L&apos;Action urgente : les lignes d&apos;où vient le champ où vous êtes sont marquées.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/source_pane.py" line="115"/>
        <source>Check what was said about the text:</source>
        <translation>Vérifiez ce qui a été dit du texte :</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="135"/>
        <source>&amp;Packs</source>
        <translation>Pa&amp;quets</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="136"/>
        <source>&amp;New pack…</source>
        <translation>&amp;Nouveau paquet…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="137"/>
        <source>&amp;Edit this pack…</source>
        <translation>&amp;Modifier ce paquet…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="138"/>
        <source>&amp;Import a pack…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="139"/>
        <source>&amp;Draft a pack from an Urgent Action…</source>
        <translation>Créer un &amp;brouillon de paquet depuis une action…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="140"/>
        <source>&amp;Share this pack as a file…</source>
        <translation>&amp;Partager ce paquet sous forme de fichier…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="147"/>
        <source>Import an action pack</source>
        <translation>Importer un paquet d&apos;action</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="150"/>
        <location filename="../src/uawriter/gui/pack_menu.py" line="212"/>
        <source>Action packs (*.uapack)</source>
        <translation>Paquets d&apos;action (*.uapack)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="181"/>
        <source>Replace the pack?</source>
        <translation>Remplacer le paquet ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="188"/>
        <source>The pack was not imported</source>
        <translation>Le paquet n&apos;a pas été importé</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="209"/>
        <source>Share the pack as a file</source>
        <translation>Partager le paquet sous forme de fichier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="229"/>
        <source>The pack could not be saved</source>
        <translation>Impossible d&apos;enregistrer le paquet</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="232"/>
        <source>Saved %1: copy it to a USB stick to share it.</source>
        <translation>Enregistré : %1. Copiez-le sur une clé USB pour le partager.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="293"/>
        <location filename="../src/uawriter/gui/pack_menu.py" line="305"/>
        <source>The pack cannot be opened</source>
        <translation>Impossible d&apos;ouvrir le paquet</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="311"/>
        <source>Edit a copy?</source>
        <translation>Modifier une copie ?</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/pack_menu.py" line="313"/>
        <source>Packs that come with UA Writer cannot be changed. Edit a copy of this one instead? It is saved with your own packs, under a new id.</source>
        <translation>Les paquets fournis avec UA Writer ne peuvent pas être modifiés. Modifier plutôt une copie de celui-ci ? Elle sera enregistrée avec vos propres paquets, sous un nouvel identifiant.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="257"/>
        <source>Organiser PIN</source>
        <translation>Code PIN de l&apos;organisateur</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="259"/>
        <source>This is for the event&apos;s organiser. Enter the PIN:</source>
        <translation>Ceci est réservé à l&apos;organisateur de l&apos;événement. Saisissez le code PIN :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="263"/>
        <source>This PIN stops volunteers changing the event by accident. It does not protect data.</source>
        <translation>Ce code PIN empêche les bénévoles de modifier l&apos;événement par accident. Il ne protège pas les données.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="268"/>
        <source>That is not the PIN set when the event started.</source>
        <translation>Ce n&apos;est pas le code PIN choisi au début de l&apos;événement.</translation>
    </message>
</context>
<context>
    <name>PostageDialog</name>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="113"/>
        <source>Postage</source>
        <translation>Affranchissement</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Letter (one sheet)</source>
        <translation>Lettre (une feuille)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="115"/>
        <source>Post suspended</source>
        <translation>Courrier suspendu</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="116"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="120"/>
        <source>Your section&apos;s postage for a letter of one sheet, per country (a code such as KZ, or its name). Where post is suspended, volunteers are told to send by e-mail or fax, or through the embassy.</source>
        <translation>L&apos;affranchissement de votre section pour une lettre d&apos;une feuille, par pays (un code comme KZ, ou son nom). Là où le courrier est suspendu, les bénévoles sont invités à envoyer par e-mail, fax ou par l&apos;ambassade.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="125"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="126"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="127"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="128"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="157"/>
        <source>Row %1: “%2” is not a country; type its code, such as KZ.</source>
        <translation>Ligne %1 : « %2 » n&apos;est pas un pays ; tapez son code, comme KZ.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="183"/>
        <source>Import a postage table</source>
        <translation>Importer un tableau d&apos;affranchissement</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="186"/>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="220"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="193"/>
        <source>the file is too big to be a postage table</source>
        <translation>le fichier est trop gros pour être un tableau d&apos;affranchissement</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="197"/>
        <source>the file is not in UTF-8; open it in the spreadsheet and save it as “CSV UTF-8” (or “Unicode Text”)</source>
        <translation>le fichier n’est pas en UTF-8 ; ouvrez-le dans le tableur et enregistrez-le en « CSV UTF-8 » (ou « Texte Unicode »)</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="200"/>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="204"/>
        <source>The postage table was not imported</source>
        <translation>Le tableau d&apos;affranchissement n&apos;a pas été importé</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="217"/>
        <source>Export the postage table</source>
        <translation>Exporter le tableau d&apos;affranchissement</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/postage_dialog.py" line="233"/>
        <source>The postage table was not saved</source>
        <translation>Le tableau d&apos;affranchissement n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="117"/>
        <source>Preview</source>
        <extracomment>Why the latest render failed (&quot;&quot; when it did not): shown in place of the pages.</extracomment>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="118"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="119"/>
        <location filename="../src/uawriter/gui/preview.py" line="120"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="121"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="122"/>
        <location filename="../src/uawriter/gui/preview.py" line="123"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="124"/>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="125"/>
        <source>Fit to width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/preview.py" line="126"/>
        <source>Preview of the letter as it prints</source>
        <translation>Aperçu de la lettre telle qu&apos;elle sera imprimée</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../src/uawriter/gui/qt_words.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/qt_words.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>StartEventDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="153"/>
        <source>Start an event</source>
        <translation>Commencer un événement</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="155"/>
        <source>Event &amp;name:</source>
        <translation>&amp;Nom de l&apos;événement :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="156"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="157"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="158"/>
        <source>Organiser &amp;PIN:</source>
        <translation>Code &amp;PIN de l&apos;organisateur :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="159"/>
        <source>PIN &amp;again:</source>
        <translation>PIN à &amp;nouveau :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="160"/>
        <source>Next volunteer after &amp;idle:</source>
        <translation>Bénévole suivant après &amp;inactivité :</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="164"/>
        <source>Optional, e.g. Write for Rights evening</source>
        <translation>Facultatif, p. ex. soirée Écrire pour les droits</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="165"/>
        <source>Optional, e.g. Central Library</source>
        <translation>Facultatif, p. ex. Bibliothèque centrale</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="166"/>
        <source>The event has a date</source>
        <translation>L&apos;événement a une date</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="167"/>
        <source>4 digits or more</source>
        <translation>4 chiffres ou plus</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="170"/>
        <source>This PIN stops volunteers changing the event by accident (ending it, editing packs or settings). It does not protect data.</source>
        <translation>Ce code PIN empêche les bénévoles de modifier l&apos;événement par accident (le terminer, modifier des paquets ou des réglages). Il ne protège pas les données.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="174"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="177"/>
        <source>When no one has touched the laptop for this long, a countdown appears, then the window is cleared for the next volunteer.</source>
        <translation>Si personne ne touche l&apos;ordinateur pendant ce temps, un compte à rebours apparaît, puis la fenêtre est effacée pour le bénévole suivant.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="182"/>
        <source>&amp;Start the event</source>
        <translation>&amp;Commencer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="205"/>
        <source>The PIN must be 4 digits or more (0 to 9 only).</source>
        <translation>Le code PIN doit compter 4 chiffres ou plus (0 à 9 uniquement).</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="208"/>
        <source>The two PINs are not the same: type it again.</source>
        <translation>Les deux codes PIN ne sont pas identiques : saisissez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>TakeBackCountsDialog</name>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="473"/>
        <source>Take back counts</source>
        <extracomment>What was written to the tally when the dialog was accepted.</extracomment>
        <translation>Retirer des comptages</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="476"/>
        <source>Tick the hand counts added by mistake (a number mistyped, a pile of cards added twice). They are taken back from the tally, and from the tally of the laptop it is merged into.</source>
        <translation>Cochez les comptages manuels ajoutés par erreur (un nombre mal saisi, une pile de cartes ajoutée deux fois). Ils sont retirés du décompte, et du décompte de l&apos;ordinateur dans lequel il est fusionné.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="481"/>
        <source>No hand count has been added to what is shown.</source>
        <translation>Aucun comptage manuel n&apos;a été ajouté à ce qui est affiché.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="497"/>
        <source>&amp;Take back</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="515"/>
        <source>Tick the counts to take back.</source>
        <translation>Cochez les comptages à retirer.</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/event_dialogs.py" line="524"/>
        <source>The counts could not be taken back in %1: %2. Nothing was changed; check that the data folder can be written, then try again.</source>
        <translation>Les comptages n&apos;ont pas pu être retirés dans %1 : %2. Rien n&apos;a été modifié ; vérifiez que le dossier de données est accessible en écriture, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>TotalsTable</name>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="43"/>
        <source>Post</source>
        <extracomment>The per-action columns: action, all letters, then each channel and hand count.</extracomment>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="44"/>
        <source>Printed</source>
        <translation>Imprimées</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="45"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="46"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="47"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="48"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="49"/>
        <source>Handwritten</source>
        <translation>Manuscrites</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="50"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="51"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="56"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="56"/>
        <source>All letters</source>
        <translation>Toutes les lettres</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="59"/>
        <source>Totals per action</source>
        <translation>Totaux par action</translation>
    </message>
    <message>
        <location filename="../src/uawriter/gui/tally_views.py" line="96"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../src/uawriter/gui/common.py" line="197"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <extracomment>Room a window&apos;s frame and title bar take, and a task bar&apos;s, around its contents: a window sized to the screen&apos;s available geometry less these is wholly on screen. Arabic-Indic digits (and Persian ones) and the Arabic separators, and their Western forms.</extracomment>
        <translation>, </translation>
    </message>
</context>
</TS>
