<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>DigitPad models (*.dpm);;All files (*)</source>
        <translation>Modèles DigitPad (*.dpm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Models (*.dpm *.onnx);;DigitPad models (*.dpm);;ONNX models (*.onnx);;All files (*)</source>
        <translation>Modèles (*.dpm *.onnx);;Modèles DigitPad (*.dpm);;Modèles ONNX (*.onnx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>digitpad::AdaptationPanel</name>
    <message>
        <source>&amp;Adapt to my handwriting</source>
        <translation>&amp;Adapter à mon écriture</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Keep adapted model</source>
        <translation>&amp;Garder le modèle adapté</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Nothing is adapting</source>
        <translation>Aucune adaptation en cours</translation>
    </message>
    <message>
        <source>&lt;br&gt;Kept: the canvas now uses the adapted model. It is saved with your models and listed on the Models page.</source>
        <translation>&lt;br&gt;Gardé : la zone de dessin utilise maintenant le modèle adapté. Il est enregistré avec vos modèles et figure sur la page Modèles.</translation>
    </message>
    <message>
        <source>Discarded; the model in use is unchanged.</source>
        <translation>Rejeté ; le modèle utilisé reste inchangé.</translation>
    </message>
    <message>
        <source>Your samples could not be read: %1</source>
        <translation>Impossible de lire vos échantillons : %1</translation>
    </message>
    <message>
        <source>Adapting…</source>
        <translation>Adaptation…</translation>
    </message>
    <message>
        <source>Adapting needs at least %1 samples; you have %2. Save %3 more on the Draw page.</source>
        <translation>L&apos;adaptation demande au moins %1 échantillons ; vous en avez %2. Enregistrez-en encore %3 sur la page Dessin.</translation>
    </message>
    <message>
        <source>Adapt to my handwriting</source>
        <translation>Adapter à mon écriture</translation>
    </message>
    <message>
        <source>Adapting fine-tunes a CNN or an ensemble of CNNs; the model in use is neither (%1). Pick one on the Models page first.</source>
        <translation>L&apos;adaptation affine un CNN ou un ensemble de CNN ; le modèle utilisé n&apos;est ni l&apos;un ni l&apos;autre (%1). Choisissez-en d&apos;abord un sur la page Modèles.</translation>
    </message>
    <message>
        <source>Adapting a copy of the model in use to your handwriting…</source>
        <translation>Adaptation d&apos;une copie du modèle utilisé à votre écriture…</translation>
    </message>
    <message>
        <source>Cancelled; the model in use is unchanged.</source>
        <translation>Annulé ; le modèle utilisé reste inchangé.</translation>
    </message>
    <message>
        <source>Could not adapt: %1</source>
        <translation>Adaptation impossible : %1</translation>
    </message>
    <message>
        <source>Your held-out drawings (%1, not trained on): &lt;b&gt;%2 → %3&lt;/b&gt;. MNIST test set: &lt;b&gt;%4 → %5&lt;/b&gt;. Keep the adapted model?</source>
        <translation>Vos dessins mis de côté (%1, non utilisés pour l&apos;entraînement) : &lt;b&gt;%2 → %3&lt;/b&gt;. Jeu de test MNIST : &lt;b&gt;%4 → %5&lt;/b&gt;. Garder le modèle adapté ?</translation>
    </message>
    <message>
        <source>Only %1 held out: too few for the before and after to mean much. With %2 samples or more, a quarter held out makes a fairer check.</source>
        <translation>Seulement %1 mis de côté : trop peu pour que l&apos;avant/après veuille dire grand-chose. À partir de %2 échantillons, un quart mis de côté donne une vérification plus juste.</translation>
    </message>
    <message>
        <source>Adapt first: the adapted model is kept or discarded here</source>
        <translation>Adaptez d&apos;abord : c&apos;est ici qu&apos;on garde ou rejette le modèle adapté</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Adaptation finished</source>
        <translation>Adaptation terminée</translation>
    </message>
    <message numerus="yes">
        <source>%n drawing(s)</source>
        <translation>
            <numerusform>%n dessin</numerusform>
            <numerusform>%n dessins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digitpad::CanvasWidget</name>
    <message>
        <source>Draw a digit or a number. Ctrl+Z undoes the last stroke; Esc or Delete clears, and Ctrl+Z brings the drawing back.</source>
        <translation>Dessinez un chiffre ou un nombre. Ctrl+Z annule le dernier trait ; Échap ou Suppr efface, et Ctrl+Z fait revenir le dessin.</translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation>Zone de dessin</translation>
    </message>
    <message>
        <source>Draw a digit here, 0 – 9,
or a whole number</source>
        <translation>Dessinez ici un chiffre, de 0 à 9,
ou un nombre entier</translation>
    </message>
</context>
<context>
    <name>digitpad::ClassicTrainForm</name>
    <message>
        <source>Train a classical model</source>
        <translation>Entraîner un modèle classique</translation>
    </message>
    <message>
        <source>&amp;Train model</source>
        <translation>En&amp;traîner le modèle</translation>
    </message>
    <message>
        <source>Training images from MNIST. An RBF SVM on all 60,000 takes several minutes.</source>
        <translation>Images d&apos;entraînement de MNIST. Une SVM RBF sur les 60 000 prend plusieurs minutes.</translation>
    </message>
    <message>
        <source>name=value pairs; the defaults come from a grid search (digitpad-cli tune).</source>
        <translation>Paires nom=valeur ; les valeurs par défaut viennent d&apos;une recherche sur grille (digitpad-cli tune).</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Training images:</source>
        <translation>Images d&apos;entraînement :</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <source>Train model</source>
        <translation>Entraîner le modèle</translation>
    </message>
    <message>
        <source>Wait for the work going on, or cancel it</source>
        <translation>Attendez la fin du travail en cours, ou annulez-le</translation>
    </message>
</context>
<context>
    <name>digitpad::ConfusionHeatmap</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>The largest mistake: %1. Arrow keys move from cell to cell, Enter shows its images.</source>
        <translation>La plus grosse erreur : %1. Les flèches passent d&apos;une case à l&apos;autre, Entrée en montre les images.</translation>
    </message>
    <message>
        <source>True %1, predicted %2: %3, %4% of the %1s</source>
        <translation>Vrai %1, prédit %2 : %3, %4 % des vrais %1</translation>
    </message>
    <message>
        <source>predicted digit</source>
        <translation>chiffre prédit</translation>
    </message>
    <message>
        <source>true digit</source>
        <translation>chiffre réel</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digitpad::DrawPage</name>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Remove the last stroke (Ctrl+Z)</source>
        <translation>Retirer le dernier trait (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Start again (Esc or Delete)</source>
        <translation>Recommencer (Échap ou Suppr)</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>One digit</source>
        <translation>Un chiffre</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Auto reads one digit unless the drawing shows several; One digit never splits; Number always splits wide groups into digits</source>
        <translation>Auto lit un chiffre sauf si le dessin en montre plusieurs ; Un chiffre ne découpe jamais ; Nombre découpe toujours les groupes larges en chiffres</translation>
    </message>
    <message>
        <source>&amp;Read as</source>
        <translation>&amp;Lire comme</translation>
    </message>
    <message>
        <source>&amp;Back to the model in use</source>
        <translation>&amp;Revenir au modèle utilisé</translation>
    </message>
    <message>
        <source>That is not your handwriting: draw your own %1 over it, then press its key to save it</source>
        <translation>Ce n&apos;est pas votre écriture : dessinez votre propre %1 par-dessus, puis appuyez sur sa touche pour l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Draw a digit first, then press the digit it is to save it as your handwriting</source>
        <translation>Dessinez d&apos;abord un chiffre, puis appuyez sur le chiffre qu&apos;il représente pour l&apos;enregistrer comme votre écriture</translation>
    </message>
    <message>
        <source>Labelling your number: %1. Type digit %2 of %3.</source>
        <translation>Étiquetage de votre nombre : %1. Tapez le chiffre %2 sur %3.</translation>
    </message>
    <message>
        <source>your drawing as a %1</source>
        <translation>votre dessin comme un %1</translation>
    </message>
    <message>
        <source>the %1 digits of your number as %2</source>
        <translation>les %1 chiffres de votre nombre comme %2</translation>
    </message>
    <message>
        <source>your first sample</source>
        <translation>votre premier échantillon</translation>
    </message>
    <message>
        <source>%1 samples in all</source>
        <translation>%1 échantillons en tout</translation>
    </message>
    <message>
        <source>Saved %1 (%2). Ctrl+Z takes it back.</source>
        <translation>Enregistré : %1 (%2). Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>Reading with %1 of the training run, not the model in use.</source>
        <translation>Lecture avec %1 de l&apos;entraînement, pas avec le modèle utilisé.</translation>
    </message>
    <message>
        <source>Nothing to read in %1: %2</source>
        <translation>Rien à lire dans %1 : %2</translation>
    </message>
    <message>
        <source>The picture %1</source>
        <translation>L&apos;image %1</translation>
    </message>
    <message>
        <source>Could not open the picture: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;image : %1</translation>
    </message>
    <message>
        <source>Could not open the picture %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;image %1 : %2</translation>
    </message>
    <message>
        <source>from the clipboard</source>
        <translation>du presse-papiers</translation>
    </message>
    <message>
        <source>The clipboard holds no picture</source>
        <translation>Le presse-papiers ne contient pas d&apos;image</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>déposée</translation>
    </message>
    <message>
        <source>%1, on the pad. Draw over it to compare; Clear removes it.</source>
        <translation>%1, sur la zone de dessin. Dessinez par-dessus pour comparer ; Effacer la retire.</translation>
    </message>
    <message>
        <source>Draw a digit or a number</source>
        <translation>Dessinez un chiffre ou un nombre</translation>
    </message>
    <message>
        <source>The pad is empty</source>
        <translation>La zone de dessin est vide</translation>
    </message>
    <message>
        <source>Feature maps and saliency are shown for CNN models; the active model is a classical one.</source>
        <translation>Les cartes de caractéristiques et la saillance sont montrées pour les modèles CNN ; le modèle actif est un modèle classique.</translation>
    </message>
</context>
<context>
    <name>digitpad::EvaluatePage</name>
    <message>
        <source>&amp;Evaluate active model</source>
        <translation>É&amp;valuer le modèle actif</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Export heatmap PNG…</source>
        <translation>Exporter la carte de chaleur en PNG…</translation>
    </message>
    <message>
        <source>Test image</source>
        <translation>Image de test</translation>
    </message>
    <message>
        <source>Test images in the chosen heatmap cell</source>
        <translation>Images de test de la case choisie</translation>
    </message>
    <message>
        <source>Evaluate the active model on the 10,000 MNIST test images to see where it goes wrong.</source>
        <translation>Évaluez le modèle actif sur les 10 000 images de test MNIST pour voir où il se trompe.</translation>
    </message>
    <message>
        <source>Click a cell of the heatmap to see its test images.</source>
        <translation>Cliquez sur une case de la carte de chaleur pour voir ses images de test.</translation>
    </message>
    <message>
        <source>Evaluate the active model on the 10,000 test images (Ctrl+E)</source>
        <translation>Évaluer le modèle actif sur les 10 000 images de test (Ctrl+E)</translation>
    </message>
    <message>
        <source>Evaluate a model first</source>
        <translation>Évaluez d&apos;abord un modèle</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <source>Evaluating %1 on the test set…</source>
        <translation>Évaluation de %1 sur le jeu de test…</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Évaluation annulée.</translation>
    </message>
    <message>
        <source>Could not evaluate: %1</source>
        <translation>Évaluation impossible : %1</translation>
    </message>
    <message>
        <source>Evaluation finished</source>
        <translation>Évaluation terminée</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1%&lt;/b&gt; of %2 test images right (%3 wrong) · %4</source>
        <translation>&lt;b&gt;%1 %&lt;/b&gt; des %2 images de test lues correctement (%3 erreurs) · %4</translation>
    </message>
    <message>
        <source>These results are for %1, not for the model the canvas uses now. Press &lt;i&gt;Evaluate active model&lt;/i&gt; to measure that one.</source>
        <translation>Ces résultats concernent %1, pas le modèle qu&apos;utilise maintenant la zone de dessin. Appuyez sur &lt;i&gt;Évaluer le modèle actif&lt;/i&gt; pour mesurer celui-ci.</translation>
    </message>
    <message>
        <source>%1 of %2 read correctly</source>
        <translation>%1 sur %2 lues correctement</translation>
    </message>
    <message>
        <source>%1 of %2 read as %3</source>
        <translation>%1 sur %2 lues comme %3</translation>
    </message>
    <message>
        <source> (first %1 shown)</source>
        <translation> (les %1 premières affichées)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export report as JSON</source>
        <translation>Exporter le rapport en JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export heatmap as PNG</source>
        <translation>Exporter la carte de chaleur en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>%n test image(s)</source>
        <translation>
            <numerusform>%n image de test</numerusform>
            <numerusform>%n images de test</numerusform>
        </translation>
    </message>
    <message>
        <source>After an evaluation, click a cell of the heatmap to see its test images.</source>
        <translation>Après une évaluation, cliquez sur une case de la carte de chaleur pour voir ses images de test.</translation>
    </message>
</context>
<context>
    <name>digitpad::ExampleGallery</name>
    <message>
        <source>%1 %2: a %3, read as %4
Double-click to open it on the Draw page</source>
        <translation>%1 %2 : un %3, lu comme %4
Double-cliquez pour l&apos;ouvrir sur la page Dessin</translation>
    </message>
    <message>
        <source>This cell is empty</source>
        <translation>Cette case est vide</translation>
    </message>
</context>
<context>
    <name>digitpad::FeatureMapGrid</name>
    <message>
        <source>Each square is one filter&apos;s response to your drawing: bright where it found its pattern</source>
        <translation>Chaque carré est la réponse d&apos;un filtre à votre dessin : clair là où il a trouvé son motif</translation>
    </message>
</context>
<context>
    <name>digitpad::HandwritingPage</name>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Your saved drawings</source>
        <translation>Vos dessins enregistrés</translation>
    </message>
    <message>
        <source>Adapting…</source>
        <translation>Adaptation…</translation>
    </message>
    <message>
        <source>Your sample %1, labelled %2</source>
        <translation>Votre échantillon %1, étiqueté %2</translation>
    </message>
    <message>
        <source>Save some drawings first: draw on the Draw page and press the digit they are.</source>
        <translation>Enregistrez d&apos;abord quelques dessins : dessinez sur la page Dessin et appuyez sur le chiffre qu&apos;ils représentent.</translation>
    </message>
    <message>
        <source>Your samples could not be read: %1</source>
        <translation>Impossible de lire vos échantillons : %1</translation>
    </message>
    <message>
        <source>Sample %1, labelled %2
Double-click to open it on the Draw page</source>
        <translation>Échantillon %1, étiqueté %2
Double-cliquez pour l&apos;ouvrir sur la page Dessin</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of your handwriting.&lt;/b&gt; On the Draw page, press the right digit key (0-9) or double-click the right digit on the chart to add your drawing here, above all when DigitPad reads it wrong. Kept in %2.</source>
        <translation>&lt;b&gt;%1 de votre écriture.&lt;/b&gt; Sur la page Dessin, appuyez sur la bonne touche de chiffre (0-9) ou double-cliquez sur le bon chiffre du graphique pour ajouter votre dessin ici, surtout quand DigitPad le lit mal. Conservés dans %2.</translation>
    </message>
    <message>
        <source>No samples yet: draw a digit on the Draw page and press its key</source>
        <translation>Pas encore d&apos;échantillons : dessinez un chiffre sur la page Dessin et appuyez sur sa touche</translation>
    </message>
    <message>
        <source>Cannot save samples: %1</source>
        <translation>Impossible d&apos;enregistrer les échantillons : %1</translation>
    </message>
    <message>
        <source>Could not save the sample: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;échantillon : %1</translation>
    </message>
    <message>
        <source>The save can no longer be taken back: your samples changed since</source>
        <translation>L&apos;enregistrement ne peut plus être annulé : vos échantillons ont changé depuis</translation>
    </message>
    <message>
        <source>Could not take the save back: %1</source>
        <translation>Impossible d&apos;annuler l&apos;enregistrement : %1</translation>
    </message>
    <message>
        <source>Delete samples</source>
        <translation>Supprimer des échantillons</translation>
    </message>
    <message>
        <source>Export samples as MNIST-style IDX files</source>
        <translation>Exporter les échantillons en fichiers IDX au format MNIST</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 exporté(s) vers %2</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>Exporter les échantillons</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n échantillon</numerusform>
            <numerusform>%n échantillons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digitpad::InsightView</name>
    <message>
        <source>&lt;b&gt;See why&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pourquoi ?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Where the network looked: the brighter, the more that pixel moves the probability of the digit it chose</source>
        <translation>Où le réseau a regardé : plus un pixel est clair, plus il fait varier la probabilité du chiffre choisi</translation>
    </message>
    <message>
        <source>The ink that speaks for the digit the model chose</source>
        <translation>L&apos;encre qui plaide pour le chiffre choisi par le modèle</translation>
    </message>
    <message>
        <source>The ink that speaks for the digit you asked about</source>
        <translation>L&apos;encre qui plaide pour le chiffre demandé</translation>
    </message>
    <message>
        <source>Which convolution layer&apos;s feature maps to show</source>
        <translation>La couche de convolution dont montrer les cartes de caractéristiques</translation>
    </message>
    <message>
        <source>Feature maps of</source>
        <translation>Cartes de caractéristiques de</translation>
    </message>
    <message>
        <source>Pixels that drive the %1 most, in red to yellow. Click another digit&apos;s bar to see why not that one.</source>
        <translation>Les pixels qui pèsent le plus pour le %1, du rouge au jaune. Cliquez sur la barre d&apos;un autre chiffre pour voir pourquoi pas celui-là.</translation>
    </message>
    <message>
        <source>%1: %2 maps of %3×%4</source>
        <translation>%1 : %2 cartes de %3×%4</translation>
    </message>
    <message>
        <source>Why %1 and not %2: orange pixels push towards the %1, blue ones towards the %2 (on blank paper: ink drawn there would). Click the %2&apos;s bar again to go back.</source>
        <translation>Pourquoi %1 et pas %2 : les pixels orange poussent vers le %1, les bleus vers le %2 (sur le papier blanc : de l&apos;encre dessinée là le ferait). Cliquez de nouveau sur la barre du %2 pour revenir.</translation>
    </message>
    <message>
        <source>for the %1</source>
        <translation>pour le %1</translation>
    </message>
    <message>
        <source>Draw to see which pixels decide the digit and what the first layers see.</source>
        <translation>Dessinez pour voir quels pixels décident du chiffre et ce que voient les premières couches.</translation>
    </message>
</context>
<context>
    <name>digitpad::Language</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>digitpad::MainWindow</name>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Dessin</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>En&amp;traînement</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>My &amp;handwriting</source>
        <translation>Mon é&amp;criture</translation>
    </message>
    <message>
        <source>trained in DigitPad</source>
        <translation>entraîné dans DigitPad</translation>
    </message>
    <message>
        <source>the model just trained</source>
        <translation>le modèle qui vient d&apos;être entraîné</translation>
    </message>
    <message>
        <source>Draw page: %1 (replay; Use on the Train page keeps it)</source>
        <translation>Page Dessin : %1 (relecture ; Utiliser sur la page Entraînement le garde)</translation>
    </message>
    <message>
        <source>Evaluating %1 on the test set</source>
        <translation>Évaluation de %1 sur le jeu de test</translation>
    </message>
    <message>
        <source>Took back the last save: %1 left in your handwriting samples</source>
        <translation>Dernier enregistrement annulé : il reste %1 dans vos échantillons</translation>
    </message>
    <message>
        <source>adapted to your handwriting</source>
        <translation>adapté à votre écriture</translation>
    </message>
    <message>
        <source>The canvas now recognizes with %1</source>
        <translation>La zone de dessin reconnaît maintenant avec %1</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No model: train one or open a model file</source>
        <translation>Aucun modèle : entraînez-en un ou ouvrez un fichier de modèle</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source> · MNIST test accuracy %1%</source>
        <translation> · exactitude au test MNIST %1 %</translation>
    </message>
    <message>
        <source>Opened %1, but it records only %2% on the MNIST test set: expect many wrong readings</source>
        <translation>%1 ouvert, mais il n&apos;enregistre que %2 % sur le jeu de test MNIST : attendez-vous à beaucoup de lectures fausses</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>%1

The current model stays active.</source>
        <translation>%1

Le modèle actuel reste actif.</translation>
    </message>
    <message>
        <source>Could not reopen %1; using the bundled model</source>
        <translation>Impossible de rouvrir %1 ; le modèle fourni est utilisé</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Export model as ONNX</source>
        <translation>Exporter le modèle en ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>Modèles ONNX (*.onnx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exported %1: it runs in onnxruntime, OpenCV&apos;s dnn and other ONNX runtimes</source>
        <translation>%1 exporté : il fonctionne dans onnxruntime, le module dnn d&apos;OpenCV et d&apos;autres environnements ONNX</translation>
    </message>
    <message>
        <source>Export training charts</source>
        <translation>Exporter les graphiques d&apos;entraînement</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>About DigitPad</source>
        <translation>À propos de DigitPad</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DigitPad %1&lt;/h3&gt;&lt;p&gt;Draw a digit and see it recognized; train the recognizer on MNIST and watch it learn.&lt;/p&gt;&lt;p&gt;MNIST, which DigitPad carries and its bundled model was trained on, is by Yann LeCun, Corinna Cortes and Christopher Burges, under CC BY-SA 3.0.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), tiny-dnn (BSD-3-Clause), OpenCV (Apache-2.0), Eigen (MPL-2.0), oneDNN (Apache-2.0), ONNX (Apache-2.0), Protocol Buffers (BSD-3-Clause), nlohmann/json (MIT), stb (public domain / MIT) and zlib (zlib licence). &lt;i&gt;Show Details&lt;/i&gt; has the full notices.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DigitPad %1&lt;/h3&gt;&lt;p&gt;Dessinez un chiffre et voyez-le reconnu ; entraînez le reconnaisseur sur MNIST et regardez-le apprendre.&lt;/p&gt;&lt;p&gt;MNIST, que DigitPad embarque et sur lequel son modèle fourni a été entraîné, est l&apos;œuvre de Yann LeCun, Corinna Cortes et Christopher Burges, sous CC BY-SA 3.0.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2 (LGPL-3.0), tiny-dnn (BSD-3-Clause), OpenCV (Apache-2.0), Eigen (MPL-2.0), oneDNN (Apache-2.0), ONNX (Apache-2.0), Protocol Buffers (BSD-3-Clause), nlohmann/json (MIT), stb (domaine public / MIT) et zlib (licence zlib). &lt;i&gt;Afficher les détails&lt;/i&gt; donne les avis complets.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quit DigitPad</source>
        <translation>Quitter DigitPad</translation>
    </message>
    <message>
        <source>Training is still running. Stop it and quit?</source>
        <translation>L&apos;entraînement est en cours. L&apos;arrêter et quitter ?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;Ouvrir un modèle…</translation>
    </message>
    <message>
        <source>&amp;Save model as…</source>
        <translation>&amp;Enregistrer le modèle sous…</translation>
    </message>
    <message>
        <source>E&amp;xport model as ONNX…</source>
        <translation>E&amp;xporter le modèle en ONNX…</translation>
    </message>
    <message>
        <source>Open &amp;picture of a digit…</source>
        <translation>Ouvrir l&apos;&amp;image d&apos;un chiffre…</translation>
    </message>
    <message>
        <source>Open picture</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.pgm);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.pgm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Use the &amp;bundled model</source>
        <translation>Utiliser le modèle &amp;fourni</translation>
    </message>
    <message>
        <source>Bundled model</source>
        <translation>Modèle fourni</translation>
    </message>
    <message>
        <source>Export report as &amp;CSV…</source>
        <translation>Exporter le rapport en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export report as &amp;JSON…</source>
        <translation>Exporter le rapport en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;heatmap as PNG…</source>
        <translation>Exporter la carte de c&amp;haleur en PNG…</translation>
    </message>
    <message>
        <source>Export training c&amp;harts as PNG…</source>
        <translation>Exporter les &amp;graphiques d&apos;entraînement en PNG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Paste picture</source>
        <translation>&amp;Coller une image</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>E&amp;ntraînement</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>&amp;Lancer l&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Cancel training</source>
        <translation>&amp;Annuler l&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Evaluate active model</source>
        <translation>É&amp;valuer le modèle actif</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About DigitPad</source>
        <translation>À &amp;propos de DigitPad</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>DigitPad speaks the language you chose from its next start</source>
        <translation>DigitPad parlera la langue choisie à son prochain démarrage</translation>
    </message>
</context>
<context>
    <name>digitpad::ModelTable</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Exactitude au test</translation>
    </message>
    <message>
        <source>Macro F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>ms / image</source>
        <translation>ms / image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Not measured yet: Compare on test set measures it</source>
        <translation>Pas encore mesuré : Comparer sur le jeu de test le mesure</translation>
    </message>
    <message>
        <source>Recorded in the model file, measured on %1 MNIST test images; Compare measures it again</source>
        <translation>Enregistré dans le fichier du modèle, mesuré sur %1 images de test MNIST ; Comparer le mesure à nouveau</translation>
    </message>
    <message>
        <source>Recorded in the model file; Compare measures it again</source>
        <translation>Enregistré dans le fichier du modèle ; Comparer le mesure à nouveau</translation>
    </message>
    <message>
        <source>Measured by Compare on %1 MNIST test images</source>
        <translation>Mesuré par Comparer sur %1 images de test MNIST</translation>
    </message>
    <message>
        <source>In use: the canvas recognizes with this model</source>
        <translation>Utilisé : la zone de dessin reconnaît avec ce modèle</translation>
    </message>
    <message>
        <source>Time to read one test image, in the six views the pad reads a drawing in</source>
        <translation>Temps de lecture d&apos;une image de test, dans les six vues où la zone de dessin lit un dessin</translation>
    </message>
    <message>
        <source>The size of the model file</source>
        <translation>La taille du fichier du modèle</translation>
    </message>
    <message>
        <source>The size of the model as DigitPad saves it</source>
        <translation>La taille du modèle tel que DigitPad l&apos;enregistre</translation>
    </message>
</context>
<context>
    <name>digitpad::ModelWords</name>
    <message>
        <source>RBF-kernel SVM on HOG features</source>
        <translation>SVM à noyau RBF sur descripteurs HOG</translation>
    </message>
    <message>
        <source>RBF-kernel SVM on raw pixels</source>
        <translation>SVM à noyau RBF sur pixels bruts</translation>
    </message>
    <message>
        <source>Linear SVM on HOG features</source>
        <translation>SVM linéaire sur descripteurs HOG</translation>
    </message>
    <message>
        <source>Linear SVM on raw pixels</source>
        <translation>SVM linéaire sur pixels bruts</translation>
    </message>
    <message>
        <source>Random forest on HOG features</source>
        <translation>Forêt aléatoire sur descripteurs HOG</translation>
    </message>
    <message>
        <source>Random forest on raw pixels</source>
        <translation>Forêt aléatoire sur pixels bruts</translation>
    </message>
</context>
<context>
    <name>digitpad::ModelsPage</name>
    <message>
        <source>&amp;Compare on test set</source>
        <translation>&amp;Comparer sur le jeu de test</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Use selected model</source>
        <translation>&amp;Utiliser le modèle choisi</translation>
    </message>
    <message>
        <source>Add model file…</source>
        <translation>Ajouter un fichier de modèle…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Compare every model on the 10,000 MNIST test images, or train a classical one. Double-click a row to recognize with that model.</source>
        <translation>Comparez tous les modèles sur les 10 000 images de test MNIST, ou entraînez-en un classique. Double-cliquez sur une ligne pour reconnaître avec ce modèle.</translation>
    </message>
    <message>
        <source>Nothing is running</source>
        <translation>Rien n&apos;est en cours</translation>
    </message>
    <message>
        <source>Your models</source>
        <translation>Vos modèles</translation>
    </message>
    <message>
        <source>Search parameters</source>
        <translation>Recherche de paramètres</translation>
    </message>
    <message>
        <source>The model could not be kept for the next launch (%1); save it with File &gt; Save model as…</source>
        <translation>Le modèle n&apos;a pas pu être gardé pour le prochain lancement (%1) ; enregistrez-le avec Fichier &gt; Enregistrer le modèle sous…</translation>
    </message>
    <message>
        <source>Select a model in the table first</source>
        <translation>Choisissez d&apos;abord un modèle dans le tableau</translation>
    </message>
    <message>
        <source>The bundled model is always kept</source>
        <translation>Le modèle fourni est toujours gardé</translation>
    </message>
    <message>
        <source>Wait for the work going on</source>
        <translation>Attendez la fin du travail en cours</translation>
    </message>
    <message>
        <source>Some saved models could not be read:
%1</source>
        <translation>Certains modèles enregistrés n&apos;ont pas pu être lus :
%1</translation>
    </message>
    <message>
        <source>Wait for the work going on, or cancel it</source>
        <translation>Attendez la fin du travail en cours, ou annulez-le</translation>
    </message>
    <message>
        <source>Training %1 on %2 MNIST images… The window stays usable; Cancel discards the result (OpenCV finishes its current training first).</source>
        <translation>Entraînement de %1 sur %2 images MNIST… La fenêtre reste utilisable ; Annuler rejette le résultat (OpenCV termine d&apos;abord son entraînement en cours).</translation>
    </message>
    <message>
        <source>Training cancelled; nothing changed.</source>
        <translation>Entraînement annulé ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Could not train: %1</source>
        <translation>Entraînement impossible : %1</translation>
    </message>
    <message>
        <source>Trained %1: %2% on the test set. Saved in %3; press Use to recognize with it.</source>
        <translation>%1 entraîné : %2 % sur le jeu de test. Enregistré dans %3 ; appuyez sur Utiliser pour reconnaître avec lui.</translation>
    </message>
    <message>
        <source>Trained %1 (%2%), but it could not be saved: %3</source>
        <translation>%1 entraîné (%2 %), mais impossible de l&apos;enregistrer : %3</translation>
    </message>
    <message>
        <source>Comparing %1 models on the MNIST test set…</source>
        <translation>Comparaison de %1 modèles sur le jeu de test MNIST…</translation>
    </message>
    <message>
        <source>Compared every model on the 10,000 test images.</source>
        <translation>Tous les modèles comparés sur les 10 000 images de test.</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Comparaison annulée.</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>Comparaison impossible : %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Ajouter un modèle</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Retirer le modèle</translation>
    </message>
    <message>
        <source>The bundled model is always kept.</source>
        <translation>Le modèle fourni est toujours gardé.</translation>
    </message>
    <message>
        <source>The canvas is using this model; pick another first.</source>
        <translation>La zone de dessin utilise ce modèle ; choisissez-en d&apos;abord un autre.</translation>
    </message>
    <message>
        <source>Delete %1 from DigitPad&apos;s models folder?</source>
        <translation>Supprimer %1 du dossier des modèles de DigitPad ?</translation>
    </message>
</context>
<context>
    <name>digitpad::PredictionPanel</name>
    <message>
        <source>Recognized digit</source>
        <translation>Chiffre reconnu</translation>
    </message>
    <message>
        <source>What the model sees: your drawing scaled to 20x20 and centred by its centre of mass in 28x28 pixels, as MNIST was made</source>
        <translation>Ce que voit le modèle : votre dessin mis à l&apos;échelle 20x20 et centré sur son centre de masse dans 28x28 pixels, comme MNIST a été fait</translation>
    </message>
    <message>
        <source>Model input (28x28)</source>
        <translation>Entrée du modèle (28x28)</translation>
    </message>
    <message>
        <source>Recognized number</source>
        <translation>Nombre reconnu</translation>
    </message>
    <message>
        <source>Draw a digit or a number</source>
        <translation>Dessinez un chiffre ou un nombre</translation>
    </message>
    <message>
        <source>%1% sure</source>
        <translation>sûr à %1 %</translation>
    </message>
    <message>
        <source>Not sure (%1%) – a %2? If not, double-click the right digit below or press its key.</source>
        <translation>Pas sûr (%1 %) – un %2 ? Sinon, double-cliquez sur le bon chiffre ci-dessous ou appuyez sur sa touche.</translation>
    </message>
    <message>
        <source>This does not look like a digit: its ink is unlike any digit&apos;s (read as %1 at %2%).</source>
        <translation>Cela ne ressemble pas à un chiffre : son encre ne ressemble à celle d&apos;aucun chiffre (lu comme %1 à %2 %).</translation>
    </message>
    <message>
        <source>Read as %1, but this does not look like a digit</source>
        <translation>Lu comme %1, mais cela ne ressemble pas à un chiffre</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Lu comme %1</translation>
    </message>
    <message>
        <source>Read as %1; digit %2 doubtful</source>
        <translation>Lu comme %1 ; chiffre %2 douteux</translation>
    </message>
    <message>
        <source>Read as %1, %2% sure</source>
        <translation>Lu comme %1, sûr à %2 %</translation>
    </message>
    <message>
        <source>Read as %1, not sure (%2%)</source>
        <translation>Lu comme %1, pas sûr (%2 %)</translation>
    </message>
    <message>
        <source>&lt;div&gt;%1&lt;/div&gt;&lt;div&gt;&lt;i&gt;Below: digit %2 of %3, the least sure&lt;/i&gt;&lt;/div&gt;</source>
        <translation>&lt;div&gt;%1&lt;/div&gt;&lt;div&gt;&lt;i&gt;Ci-dessous : chiffre %2 sur %3, le moins sûr&lt;/i&gt;&lt;/div&gt;</translation>
    </message>
</context>
<context>
    <name>digitpad::ProbabilityBars</name>
    <message>
        <source>Probability of each digit</source>
        <translation>Probabilité de chaque chiffre</translation>
    </message>
    <message>
        <source>Arrow keys choose a digit; Enter shows why the model did not read it, Shift+Enter saves the drawing as it</source>
        <translation>Les flèches choisissent un chiffre ; Entrée montre pourquoi le modèle ne l&apos;a pas lu, Maj+Entrée enregistre le dessin comme ce chiffre</translation>
    </message>
    <message>
        <source>Click a digit&apos;s bar to see why the model chose its digit and not that one. Double-click it, or press its key, to save the drawing as that digit in My handwriting</source>
        <translation>Cliquez sur la barre d&apos;un chiffre pour voir pourquoi le modèle a choisi son chiffre et pas celui-là. Double-cliquez dessus, ou appuyez sur sa touche, pour enregistrer le dessin comme ce chiffre dans Mon écriture</translation>
    </message>
    <message>
        <source>%1: no reading</source>
        <translation>%1 : aucune lecture</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1 : %2 %</translation>
    </message>
    <message>
        <source>Enter shows why the model did not choose this digit; Shift+Enter saves the drawing as this digit</source>
        <translation>Entrée montre pourquoi le modèle n&apos;a pas choisi ce chiffre ; Maj+Entrée enregistre le dessin comme ce chiffre</translation>
    </message>
</context>
<context>
    <name>digitpad::Recognizer</name>
    <message>
        <source>no model loaded</source>
        <translation>aucun modèle chargé</translation>
    </message>
</context>
<context>
    <name>digitpad::ReplayRow</name>
    <message>
        <source>Read my drawings with it</source>
        <translation>Lire mes dessins avec</translation>
    </message>
    <message>
        <source>Evaluate it</source>
        <translation>L&apos;évaluer</translation>
    </message>
    <message>
        <source>Replay:</source>
        <translation>Relecture :</translation>
    </message>
    <message>
        <source>Epoch to replay</source>
        <translation>Époque à relire</translation>
    </message>
    <message>
        <source>Which epoch of the run to look at: marked on the charts, read on the Draw page when you tick the box, taken by Use and Save</source>
        <translation>L&apos;époque de l&apos;entraînement à regarder : marquée sur les graphiques, utilisée pour lire sur la page Dessin quand la case est cochée, reprise par Utiliser et Enregistrer</translation>
    </message>
    <message>
        <source>The Draw page reads your drawing with the epoch shown, so you can watch it go from wrong to right; untick to go back to the model in use</source>
        <translation>La page Dessin lit votre dessin avec l&apos;époque affichée : vous la voyez passer de faux à juste ; décochez pour revenir au modèle utilisé</translation>
    </message>
    <message>
        <source>Score the epoch shown on the 10,000 test images, on the Evaluate page</source>
        <translation>Noter l&apos;époque affichée sur les 10 000 images de test, sur la page Évaluation</translation>
    </message>
    <message>
        <source>epoch 100 of 100</source>
        <translation>époque 100 sur 100</translation>
    </message>
    <message>
        <source>epoch %1 of %2</source>
        <translation>époque %1 sur %2</translation>
    </message>
</context>
<context>
    <name>digitpad::ReportTable</name>
    <message>
        <source>Classification report: precision, recall and F1 of each digit</source>
        <translation>Rapport de classification : précision, rappel et F1 de chaque chiffre</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>support</source>
        <translation>effectif</translation>
    </message>
    <message>
        <source>digit %1</source>
        <translation>chiffre %1</translation>
    </message>
    <message>
        <source>macro avg</source>
        <translation>macro</translation>
    </message>
    <message>
        <source>weighted avg</source>
        <translation>pondérée</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
</context>
<context>
    <name>digitpad::SampleEvaluationView</name>
    <message>
        <source>E&amp;valuate on my drawings</source>
        <translation>É&amp;valuer sur mes dessins</translation>
    </message>
    <message>
        <source>Your sample</source>
        <translation>Votre échantillon</translation>
    </message>
    <message>
        <source>Your drawings in the chosen heatmap cell</source>
        <translation>Vos dessins de la case choisie</translation>
    </message>
    <message>
        <source>Reading your drawings…</source>
        <translation>Lecture de vos dessins…</translation>
    </message>
    <message>
        <source>Could not read your drawings: %1</source>
        <translation>Impossible de lire vos dessins : %1</translation>
    </message>
    <message>
        <source>Click a cell to see those drawings.</source>
        <translation>Cliquez sur une case pour voir ces dessins.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your %1s the model reads right.</source>
        <translation>
            <numerusform>%n de vos %1 est lu correctement par le modèle.</numerusform>
            <numerusform>%n de vos %1 sont lus correctement par le modèle.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of your %1s is read as %2.</source>
        <translation>Aucun de vos %1 n&apos;est lu comme %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your %1s the model reads as %2.</source>
        <translation>
            <numerusform>%n de vos %1 est lu comme %2 par le modèle.</numerusform>
            <numerusform>%n de vos %1 sont lus comme %2 par le modèle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model in use reads %1% of your %n drawing(s) right (%2).</source>
        <translation>
            <numerusform>Le modèle utilisé lit correctement %1 % de votre %n dessin (%2).</numerusform>
            <numerusform>Le modèle utilisé lit correctement %1 % de vos %n dessins (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell of the heatmap to see its drawings here</source>
        <translation>Cliquez sur une case de la carte de chaleur pour voir ici ses dessins</translation>
    </message>
    <message>
        <source>Reads your samples with the model in use and shows in a heatmap which digits it gets wrong; a cell of it shows your drawings there.</source>
        <translation>Lit vos échantillons avec le modèle utilisé et montre sur une carte de chaleur les chiffres qu&apos;il lit mal ; une case montre vos dessins qui s&apos;y trouvent.</translation>
    </message>
    <message numerus="yes">
        <source>Reading your %n drawing(s)…</source>
        <translation>
            <numerusform>Lecture de votre %n dessin…</numerusform>
            <numerusform>Lecture de vos %n dessins…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digitpad::SearchPanel</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Train the &amp;best</source>
        <translation>Entraîner le &amp;meilleur</translation>
    </message>
    <message>
        <source>Grid: every combination of each parameter&apos;s values</source>
        <translation>Grille : toutes les combinaisons des valeurs de chaque paramètre</translation>
    </message>
    <message>
        <source>Random: draws from each parameter&apos;s range</source>
        <translation>Aléatoire : tire dans l&apos;intervalle de chaque paramètre</translation>
    </message>
    <message>
        <source>How many parameter sets random search draws (grid search tries the whole grid)</source>
        <translation>Combien de jeux de paramètres tire la recherche aléatoire (la recherche sur grille essaie toute la grille)</translation>
    </message>
    <message>
        <source>k of k-fold cross-validation: each trial trains k times and scores on the fold left out</source>
        <translation>k de la validation croisée à k plis : chaque essai s&apos;entraîne k fois et se note sur le pli laissé de côté</translation>
    </message>
    <message>
        <source>The subset of MNIST training images the search cross-validates on</source>
        <translation>Le sous-ensemble des images d&apos;entraînement MNIST sur lequel la recherche fait sa validation croisée</translation>
    </message>
    <message>
        <source>Trials of the search</source>
        <translation>Essais de la recherche</translation>
    </message>
    <message>
        <source>Which parameter the plot puts on its horizontal axis</source>
        <translation>Le paramètre que le graphique met sur l&apos;axe horizontal</translation>
    </message>
    <message>
        <source>The values each parameter takes: name=v1,v2,... for a grid, name=low:high for a random search&apos;s range (log-uniform where it spans decades)</source>
        <translation>Les valeurs de chaque paramètre : nom=v1,v2,... pour une grille, nom=bas:haut pour l&apos;intervalle d&apos;une recherche aléatoire (log-uniforme quand il couvre plusieurs ordres de grandeur)</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Recherche :</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valeurs :</translation>
    </message>
    <message>
        <source>Trials:</source>
        <translation>Essais :</translation>
    </message>
    <message>
        <source>Folds:</source>
        <translation>Plis :</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Images :</translation>
    </message>
    <message>
        <source>Accuracy against</source>
        <translation>Exactitude selon</translation>
    </message>
    <message>
        <source>Search for the parameters of the model chosen above: each trial is scored by cross-validation on a subset of the training images.</source>
        <translation>Cherchez les paramètres du modèle choisi ci-dessus : chaque essai est noté par validation croisée sur un sous-ensemble des images d&apos;entraînement.</translation>
    </message>
    <message>
        <source>A search is running</source>
        <translation>Une recherche est en cours</translation>
    </message>
    <message>
        <source>Nothing is being searched</source>
        <translation>Aucune recherche en cours</translation>
    </message>
    <message>
        <source>Wait for the search to end</source>
        <translation>Attendez la fin de la recherche</translation>
    </message>
    <message>
        <source>Search first</source>
        <translation>Cherchez d&apos;abord</translation>
    </message>
    <message>
        <source>The values cannot be searched: %1</source>
        <translation>Ces valeurs ne peuvent pas être parcourues : %1</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>essai</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>%1 search over %2: %3 trials, %4-fold cross-validation on %5 training images…</source>
        <translation>%1 sur %2 : %3 essais, validation croisée à %4 plis sur %5 images d&apos;entraînement…</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Recherche aléatoire</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Recherche sur grille</translation>
    </message>
    <message>
        <source>Searching the parameters of %1</source>
        <translation>Recherche des paramètres de %1</translation>
    </message>
    <message>
        <source>Done: the best of %1 trials is trial %2, %3 (%4). Train the best trains it on these %5 images.</source>
        <translation>Terminé : le meilleur des %1 essais est l&apos;essai %2, %3 (%4). Entraîner le meilleur l&apos;entraîne sur ces %5 images.</translation>
    </message>
    <message>
        <source>Search finished</source>
        <translation>Recherche terminée</translation>
    </message>
    <message>
        <source>Cancelled after %1 trials; the table keeps them.</source>
        <translation>Annulée après %1 essais ; le tableau les garde.</translation>
    </message>
    <message>
        <source>The search stopped: %1</source>
        <translation>La recherche s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Recherche annulée</translation>
    </message>
    <message>
        <source>Search stopped</source>
        <translation>Recherche arrêtée</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>trial %1 of %2</source>
        <translation>essai %1 sur %2</translation>
    </message>
    <message>
        <source>A search puts its parameters here</source>
        <translation>Une recherche place ici ses paramètres</translation>
    </message>
</context>
<context>
    <name>digitpad::TrainForm</name>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Shift, rotate and scale images</source>
        <translation>Décaler, tourner, zoomer</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>&amp;Lancer l&apos;entraînement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>MNIST folder</source>
        <translation>Dossier MNIST</translation>
    </message>
    <message>
        <source>Nothing is training</source>
        <translation>Aucun entraînement en cours</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>all 60,000</source>
        <translation>les 60 000</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Images d&apos;entraînement</translation>
    </message>
    <message>
        <source>Validation hold-out</source>
        <translation>Part de validation</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentation</translation>
    </message>
    <message>
        <source>automatic (%1)</source>
        <translation>automatique (%1)</translation>
    </message>
    <message>
        <source>Cores to train on. Automatic uses every core DigitPad may use here: %1.</source>
        <translation>Cœurs pour l&apos;entraînement. Automatique utilise tous les cœurs que DigitPad peut utiliser ici : %1.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>A training run is going on</source>
        <translation>Un entraînement est en cours</translation>
    </message>
    <message>
        <source>No MNIST in this folder: %1</source>
        <translation>Pas de MNIST dans ce dossier : %1</translation>
    </message>
    <message>
        <source>The folder stays as it is while training</source>
        <translation>Le dossier reste le même pendant l&apos;entraînement</translation>
    </message>
    <message>
        <source>Train with these settings (Ctrl+T)</source>
        <translation>Entraîner avec ces réglages (Ctrl+T)</translation>
    </message>
    <message>
        <source>Stop after the batch in flight, keeping the last finished epoch (Ctrl+Shift+T)</source>
        <translation>S&apos;arrêter après le lot en cours en gardant la dernière époque terminée (Ctrl+Maj+T)</translation>
    </message>
</context>
<context>
    <name>digitpad::TrainPage</name>
    <message>
        <source>&amp;Use this model</source>
        <translation>&amp;Utiliser ce modèle</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Enregistrer le modèle…</translation>
    </message>
    <message>
        <source>Train a network on MNIST and watch it learn. The current model stays active until you choose to use the new one.</source>
        <translation>Entraînez un réseau sur MNIST et regardez-le apprendre. Le modèle actuel reste actif jusqu&apos;à ce que vous choisissiez le nouveau.</translation>
    </message>
    <message>
        <source>The canvas already uses this model</source>
        <translation>La zone de dessin utilise déjà ce modèle</translation>
    </message>
    <message>
        <source>Now recognizing with %1</source>
        <translation>Reconnaissance maintenant avec %1</translation>
    </message>
    <message>
        <source>epoch %1 of %2 of the run</source>
        <translation>époque %1 sur %2 de l&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Use epoch %1</source>
        <translation>&amp;Utiliser l&apos;époque %1</translation>
    </message>
    <message>
        <source>Loading MNIST…</source>
        <translation>Chargement de MNIST…</translation>
    </message>
    <message>
        <source>Training… the current model keeps recognizing your drawings meanwhile.</source>
        <translation>Entraînement… le modèle actuel continue pendant ce temps de reconnaître vos dessins.</translation>
    </message>
    <message>
        <source>Training started</source>
        <translation>Entraînement lancé</translation>
    </message>
    <message>
        <source>Evaluating on the 10,000 test images…</source>
        <translation>Évaluation sur les 10 000 images de test…</translation>
    </message>
    <message>
        <source>Cancelled during the test evaluation.</source>
        <translation>Annulé pendant l&apos;évaluation de test.</translation>
    </message>
    <message>
        <source>The first epoch is still training</source>
        <translation>La première époque est encore en entraînement</translation>
    </message>
    <message>
        <source>Train a model first</source>
        <translation>Entraînez d&apos;abord un modèle</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>epoch %1/%2 · %3 images/s on %5 threads · training %4 left, then the test</source>
        <translation>époque %1/%2 · %3 images/s sur %5 threads · encore %4 d&apos;entraînement, puis le test</translation>
    </message>
    <message>
        <source>Epoch %1: loss %2, train accuracy %3%</source>
        <translation>Époque %1 : perte %2, exactitude d&apos;entraînement %3 %</translation>
    </message>
    <message>
        <source>, validation %1%</source>
        <translation>, validation %1 %</translation>
    </message>
    <message>
        <source>%1 of %2 epochs kept</source>
        <translation>%1 époques gardées sur %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cancelled. The model of the last finished epoch (%1) is kept: use or save it below. It has not been tested.</source>
        <translation>Annulé. Le modèle de la dernière époque terminée (%1) est gardé : utilisez-le ou enregistrez-le ci-dessous. Il n&apos;a pas été testé.</translation>
    </message>
    <message>
        <source>Cancelled before the first epoch finished; the current model is unchanged.</source>
        <translation>Annulé avant la fin de la première époque ; le modèle actuel reste inchangé.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Training cancelled</source>
        <translation>Entraînement annulé</translation>
    </message>
    <message>
        <source>Training finished</source>
        <translation>Entraînement terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>Entraînement arrêté : %1</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Entraînement arrêté</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Calibrating on %1 drawings like people&apos;s…</source>
        <translation>Calibrage sur %1 dessins comme ceux des gens…</translation>
    </message>
    <message>
        <source>Cancelled during the calibration.</source>
        <translation>Annulé pendant le calibrage.</translation>
    </message>
    <message>
        <source>Test accuracy of the last epoch: &lt;b&gt;%1%&lt;/b&gt; on %2 images, its confidence calibrated on %3 drawings like people&apos;s. Use it to recognize your drawings, or save it; the Replay slider under the charts goes back to earlier epochs.</source>
        <translation>Exactitude au test de la dernière époque : &lt;b&gt;%1 %&lt;/b&gt; sur %2 images, sa confiance calibrée sur %3 dessins comme ceux des gens. Utilisez-le pour reconnaître vos dessins, ou enregistrez-le ; le curseur « Relecture » sous les graphiques revient aux époques précédentes.</translation>
    </message>
    <message>
        <source>Calibrating epoch %1 on %2 drawings like people&apos;s…</source>
        <translation>Calibrage de l&apos;époque %1 sur %2 dessins comme ceux des gens…</translation>
    </message>
    <message>
        <source>The epoch could not be calibrated: %1</source>
        <translation>L&apos;époque n&apos;a pas pu être calibrée : %1</translation>
    </message>
    <message>
        <source>The chosen epoch is being calibrated</source>
        <translation>L&apos;époque choisie est en cours de calibrage</translation>
    </message>
</context>
<context>
    <name>digitpad::TrainingCharts</name>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>batch (smoothed)</source>
        <translation>lot (lissé)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>epoch %1: %2</source>
        <translation>époque %1 : %2</translation>
    </message>
    <message>
        <source>epoch %1: train %2%</source>
        <translation>époque %1 : entraînement %2 %</translation>
    </message>
    <message>
        <source>, validation %1%</source>
        <translation>, validation %1 %</translation>
    </message>
    <message>
        <source>Loss by epoch: %1</source>
        <translation>Perte par époque : %1</translation>
    </message>
    <message>
        <source>Accuracy by epoch: %1</source>
        <translation>Exactitude par époque : %1</translation>
    </message>
    <message>
        <source>Loss (cross-entropy)</source>
        <translation>Perte (entropie croisée)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
</context>
<context>
    <name>digitpad::TrialPlot</name>
    <message>
        <source>Accuracy of each trial against a parameter</source>
        <translation>Exactitude de chaque essai selon un paramètre</translation>
    </message>
    <message>
        <source>Accuracy of each trial</source>
        <translation>Exactitude de chaque essai</translation>
    </message>
    <message>
        <source>Accuracy against %1</source>
        <translation>Exactitude selon %1</translation>
    </message>
    <message>
        <source> (log scale)</source>
        <translation> (échelle log)</translation>
    </message>
    <message>
        <source>cross-validated accuracy</source>
        <translation>exactitude en validation croisée</translation>
    </message>
</context>
</TS>
