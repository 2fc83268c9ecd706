<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>DigitPad models (*.dpm);;All files (*)</source>
        <translation>DigitPad-Modelle (*.dpm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Models (*.dpm *.onnx);;DigitPad models (*.dpm);;ONNX models (*.onnx);;All files (*)</source>
        <translation>Modelle (*.dpm *.onnx);;DigitPad-Modelle (*.dpm);;ONNX-Modelle (*.onnx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>digitpad::AdaptationPanel</name>
    <message>
        <source>&amp;Adapt to my handwriting</source>
        <translation>An meine &amp;Handschrift anpassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep adapted model</source>
        <translation>Angepasstes Modell &amp;behalten</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Nothing is adapting</source>
        <translation>Es wird nichts angepasst</translation>
    </message>
    <message>
        <source>&lt;br&gt;Kept: the canvas now uses the adapted model. It is saved with your models and listed on the Models page.</source>
        <translation>&lt;br&gt;Behalten: Die Zeichenfläche nutzt jetzt das angepasste Modell. Es ist bei Ihren Modellen gespeichert und auf der Seite Modelle aufgeführt.</translation>
    </message>
    <message>
        <source>Discarded; the model in use is unchanged.</source>
        <translation>Verworfen; das verwendete Modell ist unverändert.</translation>
    </message>
    <message>
        <source>Your samples could not be read: %1</source>
        <translation>Ihre Schriftproben konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Adapting…</source>
        <translation>Anpassung läuft…</translation>
    </message>
    <message>
        <source>Adapting needs at least %1 samples; you have %2. Save %3 more on the Draw page.</source>
        <translation>Die Anpassung braucht mindestens %1 Schriftproben; Sie haben %2. Speichern Sie auf der Seite Zeichnen noch %3.</translation>
    </message>
    <message>
        <source>Adapt to my handwriting</source>
        <translation>An meine Handschrift anpassen</translation>
    </message>
    <message>
        <source>Adapting fine-tunes a CNN or an ensemble of CNNs; the model in use is neither (%1). Pick one on the Models page first.</source>
        <translation>Die Anpassung verfeinert ein CNN oder ein Ensemble von CNNs; das verwendete Modell ist keines davon (%1). Wählen Sie zuerst auf der Seite Modelle eines.</translation>
    </message>
    <message>
        <source>Adapting a copy of the model in use to your handwriting…</source>
        <translation>Eine Kopie des verwendeten Modells wird an Ihre Handschrift angepasst…</translation>
    </message>
    <message>
        <source>Cancelled; the model in use is unchanged.</source>
        <translation>Abgebrochen; das verwendete Modell ist unverändert.</translation>
    </message>
    <message>
        <source>Could not adapt: %1</source>
        <translation>Anpassung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Your held-out drawings (%1, not trained on): &lt;b&gt;%2 → %3&lt;/b&gt;. MNIST test set: &lt;b&gt;%4 → %5&lt;/b&gt;. Keep the adapted model?</source>
        <translation>Ihre zurückgehaltenen Zeichnungen (%1, nicht zum Training genutzt): &lt;b&gt;%2 → %3&lt;/b&gt;. MNIST-Testdaten: &lt;b&gt;%4 → %5&lt;/b&gt;. Das angepasste Modell behalten?</translation>
    </message>
    <message>
        <source>Only %1 held out: too few for the before and after to mean much. With %2 samples or more, a quarter held out makes a fairer check.</source>
        <translation>Nur %1 zurückgehalten: zu wenige, als dass der Vorher-nachher-Vergleich viel aussagt. Ab %2 Schriftproben ergibt ein zurückgehaltenes Viertel einen faireren Vergleich.</translation>
    </message>
    <message>
        <source>Adapt first: the adapted model is kept or discarded here</source>
        <translation>Erst anpassen: Hier wird das angepasste Modell behalten oder verworfen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Adaptation finished</source>
        <translation>Anpassung abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n drawing(s)</source>
        <translation>
            <numerusform>%n Zeichnung</numerusform>
            <numerusform>%n Zeichnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digitpad::CanvasWidget</name>
    <message>
        <source>Draw a digit or a number. Ctrl+Z undoes the last stroke; Esc or Delete clears, and Ctrl+Z brings the drawing back.</source>
        <translation>Zeichnen Sie eine Ziffer oder eine Zahl. Strg+Z nimmt den letzten Strich zurück; Esc oder Entf leert die Fläche, und Strg+Z holt die Zeichnung zurück.</translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Draw a digit here, 0 – 9,
or a whole number</source>
        <translation>Zeichnen Sie hier eine Ziffer, 0 – 9,
oder eine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>digitpad::ClassicTrainForm</name>
    <message>
        <source>Train a classical model</source>
        <translation>Ein klassisches Modell trainieren</translation>
    </message>
    <message>
        <source>&amp;Train model</source>
        <translation>Modell &amp;trainieren</translation>
    </message>
    <message>
        <source>Training images from MNIST. An RBF SVM on all 60,000 takes several minutes.</source>
        <translation>Trainingsbilder aus MNIST. Eine RBF-SVM auf allen 60.000 braucht mehrere Minuten.</translation>
    </message>
    <message>
        <source>name=value pairs; the defaults come from a grid search (digitpad-cli tune).</source>
        <translation>Paare name=Wert; die Vorgaben stammen aus einer Rastersuche (digitpad-cli tune).</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Training images:</source>
        <translation>Trainingsbilder:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Train model</source>
        <translation>Modell trainieren</translation>
    </message>
    <message>
        <source>Wait for the work going on, or cancel it</source>
        <translation>Warten Sie, bis die laufende Arbeit fertig ist, oder brechen Sie sie ab</translation>
    </message>
</context>
<context>
    <name>digitpad::ConfusionHeatmap</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>The largest mistake: %1. Arrow keys move from cell to cell, Enter shows its images.</source>
        <translation>Der größte Fehler: %1. Die Pfeiltasten wechseln von Zelle zu Zelle, die Eingabetaste zeigt ihre Bilder.</translation>
    </message>
    <message>
        <source>True %1, predicted %2: %3, %4% of the %1s</source>
        <translation>Wahr %1, vorhergesagt %2: %3, %4% der echten %1</translation>
    </message>
    <message>
        <source>predicted digit</source>
        <translation>vorhergesagte Ziffer</translation>
    </message>
    <message>
        <source>true digit</source>
        <translation>wahre Ziffer</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digitpad::DrawPage</name>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Remove the last stroke (Ctrl+Z)</source>
        <translation>Den letzten Strich entfernen (Strg+Z)</translation>
    </message>
    <message>
        <source>Start again (Esc or Delete)</source>
        <translation>Neu beginnen (Esc oder Entf)</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>One digit</source>
        <translation>Eine Ziffer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Auto reads one digit unless the drawing shows several; One digit never splits; Number always splits wide groups into digits</source>
        <translation>Automatisch liest eine Ziffer, außer die Zeichnung zeigt mehrere; Eine Ziffer teilt nie; Zahl teilt breite Gruppen immer in Ziffern</translation>
    </message>
    <message>
        <source>&amp;Read as</source>
        <translation>&amp;Lesen als</translation>
    </message>
    <message>
        <source>&amp;Back to the model in use</source>
        <translation>&amp;Zurück zum verwendeten Modell</translation>
    </message>
    <message>
        <source>That is not your handwriting: draw your own %1 over it, then press its key to save it</source>
        <translation>Das ist nicht Ihre Handschrift: Zeichnen Sie Ihre eigene %1 darüber und drücken Sie dann ihre Taste, um sie zu speichern</translation>
    </message>
    <message>
        <source>Draw a digit first, then press the digit it is to save it as your handwriting</source>
        <translation>Zeichnen Sie zuerst eine Ziffer und drücken Sie dann die Ziffer, die sie ist, um sie als Ihre Handschrift zu speichern</translation>
    </message>
    <message>
        <source>Labelling your number: %1. Type digit %2 of %3.</source>
        <translation>Ihre Zahl beschriften: %1. Tippen Sie Ziffer %2 von %3.</translation>
    </message>
    <message>
        <source>your drawing as a %1</source>
        <translation>Ihre Zeichnung als %1</translation>
    </message>
    <message>
        <source>the %1 digits of your number as %2</source>
        <translation>die %1 Ziffern Ihrer Zahl als %2</translation>
    </message>
    <message>
        <source>your first sample</source>
        <translation>Ihre erste Schriftprobe</translation>
    </message>
    <message>
        <source>%1 samples in all</source>
        <translation>%1 Schriftproben insgesamt</translation>
    </message>
    <message>
        <source>Saved %1 (%2). Ctrl+Z takes it back.</source>
        <translation>Gespeichert: %1 (%2). Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>Reading with %1 of the training run, not the model in use.</source>
        <translation>Gelesen mit %1 des Trainingslaufs, nicht mit dem verwendeten Modell.</translation>
    </message>
    <message>
        <source>Nothing to read in %1: %2</source>
        <translation>Nichts zu lesen in %1: %2</translation>
    </message>
    <message>
        <source>The picture %1</source>
        <translation>Das Bild %1</translation>
    </message>
    <message>
        <source>Could not open the picture: %1</source>
        <translation>Das Bild konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not open the picture %1: %2</source>
        <translation>Das Bild %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>from the clipboard</source>
        <translation>aus der Zwischenablage</translation>
    </message>
    <message>
        <source>The clipboard holds no picture</source>
        <translation>Die Zwischenablage enthält kein Bild</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abgelegt</translation>
    </message>
    <message>
        <source>%1, on the pad. Draw over it to compare; Clear removes it.</source>
        <translation>%1, auf der Fläche. Zeichnen Sie zum Vergleich darüber; Leeren entfernt es.</translation>
    </message>
    <message>
        <source>Draw a digit or a number</source>
        <translation>Zeichnen Sie eine Ziffer oder eine Zahl</translation>
    </message>
    <message>
        <source>The pad is empty</source>
        <translation>Die Zeichenfläche ist leer</translation>
    </message>
    <message>
        <source>Feature maps and saliency are shown for CNN models; the active model is a classical one.</source>
        <translation>Merkmalskarten und Salienz gibt es für CNN-Modelle; das aktive Modell ist ein klassisches.</translation>
    </message>
</context>
<context>
    <name>digitpad::EvaluatePage</name>
    <message>
        <source>&amp;Evaluate active model</source>
        <translation>Aktives Modell &amp;auswerten</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Export heatmap PNG…</source>
        <translation>Heatmap als PNG exportieren…</translation>
    </message>
    <message>
        <source>Test image</source>
        <translation>Testbild</translation>
    </message>
    <message>
        <source>Test images in the chosen heatmap cell</source>
        <translation>Testbilder der gewählten Zelle der Heatmap</translation>
    </message>
    <message>
        <source>Evaluate the active model on the 10,000 MNIST test images to see where it goes wrong.</source>
        <translation>Werten Sie das aktive Modell auf den 10.000 MNIST-Testbildern aus, um zu sehen, wo es danebenliegt.</translation>
    </message>
    <message>
        <source>Click a cell of the heatmap to see its test images.</source>
        <translation>Klicken Sie auf eine Zelle der Heatmap, um ihre Testbilder zu sehen.</translation>
    </message>
    <message>
        <source>Evaluate the active model on the 10,000 test images (Ctrl+E)</source>
        <translation>Das aktive Modell auf den 10.000 Testbildern auswerten (Strg+E)</translation>
    </message>
    <message>
        <source>Evaluate a model first</source>
        <translation>Werten Sie zuerst ein Modell aus</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Auswertung läuft…</translation>
    </message>
    <message>
        <source>Evaluating %1 on the test set…</source>
        <translation>%1 wird auf den Testdaten ausgewertet…</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Auswertung abgebrochen.</translation>
    </message>
    <message>
        <source>Could not evaluate: %1</source>
        <translation>Auswertung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Evaluation finished</source>
        <translation>Auswertung abgeschlossen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1%&lt;/b&gt; of %2 test images right (%3 wrong) · %4</source>
        <translation>&lt;b&gt;%1%&lt;/b&gt; von %2 Testbildern richtig (%3 falsch) · %4</translation>
    </message>
    <message>
        <source>These results are for %1, not for the model the canvas uses now. Press &lt;i&gt;Evaluate active model&lt;/i&gt; to measure that one.</source>
        <translation>Diese Ergebnisse gelten für %1, nicht für das Modell, das die Zeichenfläche jetzt nutzt. Drücken Sie &lt;i&gt;Aktives Modell auswerten&lt;/i&gt;, um dieses zu messen.</translation>
    </message>
    <message>
        <source>%1 of %2 read correctly</source>
        <translation>%1 von %2 richtig gelesen</translation>
    </message>
    <message>
        <source>%1 of %2 read as %3</source>
        <translation>%1 von %2 als %3 gelesen</translation>
    </message>
    <message>
        <source> (first %1 shown)</source>
        <translation> (die ersten %1 gezeigt)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export report as JSON</source>
        <translation>Bericht als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export heatmap as PNG</source>
        <translation>Heatmap als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>%n test image(s)</source>
        <translation>
            <numerusform>%n Testbild</numerusform>
            <numerusform>%n Testbilder</numerusform>
        </translation>
    </message>
    <message>
        <source>After an evaluation, click a cell of the heatmap to see its test images.</source>
        <translation>Klicken Sie nach einer Auswertung auf eine Zelle der Heatmap, um ihre Testbilder zu sehen.</translation>
    </message>
</context>
<context>
    <name>digitpad::ExampleGallery</name>
    <message>
        <source>%1 %2: a %3, read as %4
Double-click to open it on the Draw page</source>
        <translation>%1 %2: eine %3, gelesen als %4
Doppelklicken, um es auf der Seite Zeichnen zu öffnen</translation>
    </message>
    <message>
        <source>This cell is empty</source>
        <translation>Diese Zelle ist leer</translation>
    </message>
</context>
<context>
    <name>digitpad::FeatureMapGrid</name>
    <message>
        <source>Each square is one filter&apos;s response to your drawing: bright where it found its pattern</source>
        <translation>Jedes Quadrat ist die Antwort eines Filters auf Ihre Zeichnung: hell, wo es sein Muster gefunden hat</translation>
    </message>
</context>
<context>
    <name>digitpad::HandwritingPage</name>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Your saved drawings</source>
        <translation>Ihre gespeicherten Zeichnungen</translation>
    </message>
    <message>
        <source>Adapting…</source>
        <translation>Anpassung läuft…</translation>
    </message>
    <message>
        <source>Your sample %1, labelled %2</source>
        <translation>Ihre Schriftprobe %1, beschriftet als %2</translation>
    </message>
    <message>
        <source>Save some drawings first: draw on the Draw page and press the digit they are.</source>
        <translation>Speichern Sie zuerst einige Zeichnungen: Zeichnen Sie auf der Seite Zeichnen und drücken Sie die Ziffer, die sie sind.</translation>
    </message>
    <message>
        <source>Your samples could not be read: %1</source>
        <translation>Ihre Schriftproben konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sample %1, labelled %2
Double-click to open it on the Draw page</source>
        <translation>Schriftprobe %1, beschriftet als %2
Doppelklicken, um sie auf der Seite Zeichnen zu öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of your handwriting.&lt;/b&gt; On the Draw page, press the right digit key (0-9) or double-click the right digit on the chart to add your drawing here, above all when DigitPad reads it wrong. Kept in %2.</source>
        <translation>&lt;b&gt;%1 Ihrer Handschrift.&lt;/b&gt; Drücken Sie auf der Seite Zeichnen die richtige Zifferntaste (0-9) oder doppelklicken Sie im Diagramm auf die richtige Ziffer, um Ihre Zeichnung hier hinzuzufügen, vor allem wenn DigitPad sie falsch liest. Gespeichert in %2.</translation>
    </message>
    <message>
        <source>No samples yet: draw a digit on the Draw page and press its key</source>
        <translation>Noch keine Schriftproben: Zeichnen Sie auf der Seite Zeichnen eine Ziffer und drücken Sie ihre Taste</translation>
    </message>
    <message>
        <source>Cannot save samples: %1</source>
        <translation>Schriftproben können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save the sample: %1</source>
        <translation>Die Schriftprobe konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The save can no longer be taken back: your samples changed since</source>
        <translation>Das Speichern lässt sich nicht mehr zurücknehmen: Ihre Schriftproben haben sich seither geändert</translation>
    </message>
    <message>
        <source>Could not take the save back: %1</source>
        <translation>Das Speichern konnte nicht zurückgenommen werden: %1</translation>
    </message>
    <message>
        <source>Delete samples</source>
        <translation>Schriftproben löschen</translation>
    </message>
    <message>
        <source>Export samples as MNIST-style IDX files</source>
        <translation>Schriftproben als IDX-Dateien im MNIST-Format exportieren</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>Schriftproben exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n Schriftprobe</numerusform>
            <numerusform>%n Schriftproben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digitpad::InsightView</name>
    <message>
        <source>&lt;b&gt;See why&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warum?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Where the network looked: the brighter, the more that pixel moves the probability of the digit it chose</source>
        <translation>Wohin das Netz geschaut hat: Je heller ein Pixel, desto stärker bewegt es die Wahrscheinlichkeit der gewählten Ziffer</translation>
    </message>
    <message>
        <source>The ink that speaks for the digit the model chose</source>
        <translation>Die Tinte, die für die vom Modell gewählte Ziffer spricht</translation>
    </message>
    <message>
        <source>The ink that speaks for the digit you asked about</source>
        <translation>Die Tinte, die für die erfragte Ziffer spricht</translation>
    </message>
    <message>
        <source>Which convolution layer&apos;s feature maps to show</source>
        <translation>Welche Faltungsschicht ihre Merkmalskarten zeigt</translation>
    </message>
    <message>
        <source>Feature maps of</source>
        <translation>Merkmalskarten von</translation>
    </message>
    <message>
        <source>Pixels that drive the %1 most, in red to yellow. Click another digit&apos;s bar to see why not that one.</source>
        <translation>Die Pixel, die die %1 am stärksten bestimmen, in Rot bis Gelb. Klicken Sie auf den Balken einer anderen Ziffer, um zu sehen, warum nicht diese.</translation>
    </message>
    <message>
        <source>%1: %2 maps of %3×%4</source>
        <translation>%1: %2 Karten zu %3×%4</translation>
    </message>
    <message>
        <source>Why %1 and not %2: orange pixels push towards the %1, blue ones towards the %2 (on blank paper: ink drawn there would). Click the %2&apos;s bar again to go back.</source>
        <translation>Warum %1 und nicht %2: Orange Pixel ziehen zur %1, blaue zur %2 (auf leerem Papier: dort gezeichnete Tinte würde es). Klicken Sie erneut auf den Balken der %2, um zurückzukehren.</translation>
    </message>
    <message>
        <source>for the %1</source>
        <translation>für die %1</translation>
    </message>
    <message>
        <source>Draw to see which pixels decide the digit and what the first layers see.</source>
        <translation>Zeichnen Sie, um zu sehen, welche Pixel die Ziffer entscheiden und was die ersten Schichten sehen.</translation>
    </message>
</context>
<context>
    <name>digitpad::Language</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>digitpad::MainWindow</name>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Zeichnen</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Auswerten</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>My &amp;handwriting</source>
        <translation>Meine Hands&amp;chrift</translation>
    </message>
    <message>
        <source>trained in DigitPad</source>
        <translation>in DigitPad trainiert</translation>
    </message>
    <message>
        <source>the model just trained</source>
        <translation>das eben trainierte Modell</translation>
    </message>
    <message>
        <source>Draw page: %1 (replay; Use on the Train page keeps it)</source>
        <translation>Seite Zeichnen: %1 (Wiedergabe; Verwenden auf der Seite Training behält es)</translation>
    </message>
    <message>
        <source>Evaluating %1 on the test set</source>
        <translation>%1 wird auf den Testdaten ausgewertet</translation>
    </message>
    <message>
        <source>Took back the last save: %1 left in your handwriting samples</source>
        <translation>Letztes Speichern zurückgenommen: %1 bleiben in Ihren Schriftproben</translation>
    </message>
    <message>
        <source>adapted to your handwriting</source>
        <translation>an Ihre Handschrift angepasst</translation>
    </message>
    <message>
        <source>The canvas now recognizes with %1</source>
        <translation>Die Zeichenfläche erkennt jetzt mit %1</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No model: train one or open a model file</source>
        <translation>Kein Modell: Trainieren Sie eines oder öffnen Sie eine Modelldatei</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source> · MNIST test accuracy %1%</source>
        <translation> · MNIST-Testgenauigkeit %1%</translation>
    </message>
    <message>
        <source>Opened %1, but it records only %2% on the MNIST test set: expect many wrong readings</source>
        <translation>%1 geöffnet, aber es verzeichnet nur %2% auf den MNIST-Testdaten: Rechnen Sie mit vielen falschen Lesungen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>%1

The current model stays active.</source>
        <translation>%1

Das aktuelle Modell bleibt aktiv.</translation>
    </message>
    <message>
        <source>Could not reopen %1; using the bundled model</source>
        <translation>%1 konnte nicht wieder geöffnet werden; das mitgelieferte Modell wird verwendet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export model as ONNX</source>
        <translation>Modell als ONNX exportieren</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX-Modelle (*.onnx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exported %1: it runs in onnxruntime, OpenCV&apos;s dnn and other ONNX runtimes</source>
        <translation>%1 exportiert: Es läuft in onnxruntime, in OpenCVs dnn und anderen ONNX-Laufzeiten</translation>
    </message>
    <message>
        <source>Export training charts</source>
        <translation>Trainingsdiagramme exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>About DigitPad</source>
        <translation>Über DigitPad</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DigitPad %1&lt;/h3&gt;&lt;p&gt;Draw a digit and see it recognized; train the recognizer on MNIST and watch it learn.&lt;/p&gt;&lt;p&gt;MNIST, which DigitPad carries and its bundled model was trained on, is by Yann LeCun, Corinna Cortes and Christopher Burges, under CC BY-SA 3.0.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), tiny-dnn (BSD-3-Clause), OpenCV (Apache-2.0), Eigen (MPL-2.0), oneDNN (Apache-2.0), ONNX (Apache-2.0), Protocol Buffers (BSD-3-Clause), nlohmann/json (MIT), stb (public domain / MIT) and zlib (zlib licence). &lt;i&gt;Show Details&lt;/i&gt; has the full notices.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DigitPad %1&lt;/h3&gt;&lt;p&gt;Zeichnen Sie eine Ziffer und sehen Sie, wie sie erkannt wird; trainieren Sie den Erkenner mit MNIST und sehen Sie ihm beim Lernen zu.&lt;/p&gt;&lt;p&gt;MNIST, das DigitPad mitbringt und mit dem das mitgelieferte Modell trainiert wurde, stammt von Yann LeCun, Corinna Cortes und Christopher Burges, unter CC BY-SA 3.0.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2 (LGPL-3.0), tiny-dnn (BSD-3-Clause), OpenCV (Apache-2.0), Eigen (MPL-2.0), oneDNN (Apache-2.0), ONNX (Apache-2.0), Protocol Buffers (BSD-3-Clause), nlohmann/json (MIT), stb (Public Domain / MIT) und zlib (zlib-Lizenz). &lt;i&gt;Details anzeigen&lt;/i&gt; enthält die vollständigen Hinweise.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quit DigitPad</source>
        <translation>DigitPad beenden</translation>
    </message>
    <message>
        <source>Training is still running. Stop it and quit?</source>
        <translation>Das Training läuft noch. Abbrechen und beenden?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>Modell ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save model as…</source>
        <translation>Modell &amp;speichern unter…</translation>
    </message>
    <message>
        <source>E&amp;xport model as ONNX…</source>
        <translation>Modell als ONNX e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Open &amp;picture of a digit…</source>
        <translation>&amp;Bild einer Ziffer öffnen…</translation>
    </message>
    <message>
        <source>Open picture</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.pgm);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.pgm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Use the &amp;bundled model</source>
        <translation>&amp;Mitgeliefertes Modell verwenden</translation>
    </message>
    <message>
        <source>Bundled model</source>
        <translation>Mitgeliefertes Modell</translation>
    </message>
    <message>
        <source>Export report as &amp;CSV…</source>
        <translation>Bericht als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export report as &amp;JSON…</source>
        <translation>Bericht als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;heatmap as PNG…</source>
        <translation>&amp;Heatmap als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export training c&amp;harts as PNG…</source>
        <translation>Trainingsdia&amp;gramme als PNG exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Paste picture</source>
        <translation>Bild &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>An&amp;sicht</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>T&amp;raining</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Cancel training</source>
        <translation>Training &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Evaluate active model</source>
        <translation>Aktives Modell &amp;auswerten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About DigitPad</source>
        <translation>Ü&amp;ber DigitPad</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>DigitPad speaks the language you chose from its next start</source>
        <translation>DigitPad spricht die gewählte Sprache ab dem nächsten Start</translation>
    </message>
</context>
<context>
    <name>digitpad::ModelTable</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>Macro F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>ms / image</source>
        <translation>ms / Bild</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Not measured yet: Compare on test set measures it</source>
        <translation>Noch nicht gemessen: Vergleichen auf den Testdaten misst es</translation>
    </message>
    <message>
        <source>Recorded in the model file, measured on %1 MNIST test images; Compare measures it again</source>
        <translation>In der Modelldatei verzeichnet, gemessen auf %1 MNIST-Testbildern; Vergleichen misst es erneut</translation>
    </message>
    <message>
        <source>Recorded in the model file; Compare measures it again</source>
        <translation>In der Modelldatei verzeichnet; Vergleichen misst es erneut</translation>
    </message>
    <message>
        <source>Measured by Compare on %1 MNIST test images</source>
        <translation>Von Vergleichen auf %1 MNIST-Testbildern gemessen</translation>
    </message>
    <message>
        <source>In use: the canvas recognizes with this model</source>
        <translation>In Verwendung: Die Zeichenfläche erkennt mit diesem Modell</translation>
    </message>
    <message>
        <source>Time to read one test image, in the six views the pad reads a drawing in</source>
        <translation>Zeit, um ein Testbild zu lesen, in den sechs Ansichten, in denen die Fläche eine Zeichnung liest</translation>
    </message>
    <message>
        <source>The size of the model file</source>
        <translation>Die Größe der Modelldatei</translation>
    </message>
    <message>
        <source>The size of the model as DigitPad saves it</source>
        <translation>Die Größe des Modells, wie DigitPad es speichert</translation>
    </message>
</context>
<context>
    <name>digitpad::ModelWords</name>
    <message>
        <source>RBF-kernel SVM on HOG features</source>
        <translation>SVM mit RBF-Kern auf HOG-Merkmalen</translation>
    </message>
    <message>
        <source>RBF-kernel SVM on raw pixels</source>
        <translation>SVM mit RBF-Kern auf Rohpixeln</translation>
    </message>
    <message>
        <source>Linear SVM on HOG features</source>
        <translation>Lineare SVM auf HOG-Merkmalen</translation>
    </message>
    <message>
        <source>Linear SVM on raw pixels</source>
        <translation>Lineare SVM auf Rohpixeln</translation>
    </message>
    <message>
        <source>Random forest on HOG features</source>
        <translation>Random Forest auf HOG-Merkmalen</translation>
    </message>
    <message>
        <source>Random forest on raw pixels</source>
        <translation>Random Forest auf Rohpixeln</translation>
    </message>
</context>
<context>
    <name>digitpad::ModelsPage</name>
    <message>
        <source>&amp;Compare on test set</source>
        <translation>Auf den Testdaten &amp;vergleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Use selected model</source>
        <translation>Gewähltes Modell &amp;verwenden</translation>
    </message>
    <message>
        <source>Add model file…</source>
        <translation>Modelldatei hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Compare every model on the 10,000 MNIST test images, or train a classical one. Double-click a row to recognize with that model.</source>
        <translation>Vergleichen Sie alle Modelle auf den 10.000 MNIST-Testbildern oder trainieren Sie ein klassisches. Ein Doppelklick auf eine Zeile erkennt mit diesem Modell.</translation>
    </message>
    <message>
        <source>Nothing is running</source>
        <translation>Es läuft nichts</translation>
    </message>
    <message>
        <source>Your models</source>
        <translation>Ihre Modelle</translation>
    </message>
    <message>
        <source>Search parameters</source>
        <translation>Parameter suchen</translation>
    </message>
    <message>
        <source>The model could not be kept for the next launch (%1); save it with File &gt; Save model as…</source>
        <translation>Das Modell konnte nicht für den nächsten Start behalten werden (%1); speichern Sie es mit Datei &gt; Modell speichern unter…</translation>
    </message>
    <message>
        <source>Select a model in the table first</source>
        <translation>Wählen Sie zuerst ein Modell in der Tabelle</translation>
    </message>
    <message>
        <source>The bundled model is always kept</source>
        <translation>Das mitgelieferte Modell bleibt immer erhalten</translation>
    </message>
    <message>
        <source>Wait for the work going on</source>
        <translation>Warten Sie, bis die laufende Arbeit fertig ist</translation>
    </message>
    <message>
        <source>Some saved models could not be read:
%1</source>
        <translation>Einige gespeicherte Modelle konnten nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>Wait for the work going on, or cancel it</source>
        <translation>Warten Sie, bis die laufende Arbeit fertig ist, oder brechen Sie sie ab</translation>
    </message>
    <message>
        <source>Training %1 on %2 MNIST images… The window stays usable; Cancel discards the result (OpenCV finishes its current training first).</source>
        <translation>%1 wird auf %2 MNIST-Bildern trainiert… Das Fenster bleibt benutzbar; Abbrechen verwirft das Ergebnis (OpenCV beendet erst sein laufendes Training).</translation>
    </message>
    <message>
        <source>Training cancelled; nothing changed.</source>
        <translation>Training abgebrochen; nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>Could not train: %1</source>
        <translation>Training nicht möglich: %1</translation>
    </message>
    <message>
        <source>Trained %1: %2% on the test set. Saved in %3; press Use to recognize with it.</source>
        <translation>%1 trainiert: %2% auf den Testdaten. Gespeichert in %3; drücken Sie Verwenden, um damit zu erkennen.</translation>
    </message>
    <message>
        <source>Trained %1 (%2%), but it could not be saved: %3</source>
        <translation>%1 trainiert (%2%), konnte aber nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Comparing %1 models on the MNIST test set…</source>
        <translation>%1 Modelle werden auf den MNIST-Testdaten verglichen…</translation>
    </message>
    <message>
        <source>Compared every model on the 10,000 test images.</source>
        <translation>Alle Modelle auf den 10.000 Testbildern verglichen.</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <source>The bundled model is always kept.</source>
        <translation>Das mitgelieferte Modell bleibt immer erhalten.</translation>
    </message>
    <message>
        <source>The canvas is using this model; pick another first.</source>
        <translation>Die Zeichenfläche verwendet dieses Modell; wählen Sie zuerst ein anderes.</translation>
    </message>
    <message>
        <source>Delete %1 from DigitPad&apos;s models folder?</source>
        <translation>%1 aus dem Modellordner von DigitPad löschen?</translation>
    </message>
</context>
<context>
    <name>digitpad::PredictionPanel</name>
    <message>
        <source>Recognized digit</source>
        <translation>Erkannte Ziffer</translation>
    </message>
    <message>
        <source>What the model sees: your drawing scaled to 20x20 and centred by its centre of mass in 28x28 pixels, as MNIST was made</source>
        <translation>Was das Modell sieht: Ihre Zeichnung auf 20x20 skaliert und nach ihrem Schwerpunkt in 28x28 Pixeln zentriert, wie MNIST entstanden ist</translation>
    </message>
    <message>
        <source>Model input (28x28)</source>
        <translation>Modelleingabe (28x28)</translation>
    </message>
    <message>
        <source>Recognized number</source>
        <translation>Erkannte Zahl</translation>
    </message>
    <message>
        <source>Draw a digit or a number</source>
        <translation>Zeichnen Sie eine Ziffer oder eine Zahl</translation>
    </message>
    <message>
        <source>%1% sure</source>
        <translation>%1% sicher</translation>
    </message>
    <message>
        <source>Not sure (%1%) – a %2? If not, double-click the right digit below or press its key.</source>
        <translation>Unsicher (%1%) – eine %2? Falls nicht, doppelklicken Sie unten die richtige Ziffer oder drücken Sie ihre Taste.</translation>
    </message>
    <message>
        <source>This does not look like a digit: its ink is unlike any digit&apos;s (read as %1 at %2%).</source>
        <translation>Das sieht nicht wie eine Ziffer aus: Die Tinte gleicht keiner Ziffer (gelesen als %1 zu %2%).</translation>
    </message>
    <message>
        <source>Read as %1, but this does not look like a digit</source>
        <translation>Gelesen als %1, aber das sieht nicht wie eine Ziffer aus</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Gelesen als %1</translation>
    </message>
    <message>
        <source>Read as %1; digit %2 doubtful</source>
        <translation>Gelesen als %1; Ziffer %2 unsicher</translation>
    </message>
    <message>
        <source>Read as %1, %2% sure</source>
        <translation>Gelesen als %1, %2% sicher</translation>
    </message>
    <message>
        <source>Read as %1, not sure (%2%)</source>
        <translation>Gelesen als %1, unsicher (%2%)</translation>
    </message>
    <message>
        <source>&lt;div&gt;%1&lt;/div&gt;&lt;div&gt;&lt;i&gt;Below: digit %2 of %3, the least sure&lt;/i&gt;&lt;/div&gt;</source>
        <translation>&lt;div&gt;%1&lt;/div&gt;&lt;div&gt;&lt;i&gt;Unten: Ziffer %2 von %3, die unsicherste&lt;/i&gt;&lt;/div&gt;</translation>
    </message>
</context>
<context>
    <name>digitpad::ProbabilityBars</name>
    <message>
        <source>Probability of each digit</source>
        <translation>Wahrscheinlichkeit jeder Ziffer</translation>
    </message>
    <message>
        <source>Arrow keys choose a digit; Enter shows why the model did not read it, Shift+Enter saves the drawing as it</source>
        <translation>Die Pfeiltasten wählen eine Ziffer; die Eingabetaste zeigt, warum das Modell sie nicht gelesen hat, Umschalt+Eingabe speichert die Zeichnung als diese Ziffer</translation>
    </message>
    <message>
        <source>Click a digit&apos;s bar to see why the model chose its digit and not that one. Double-click it, or press its key, to save the drawing as that digit in My handwriting</source>
        <translation>Klicken Sie auf den Balken einer Ziffer, um zu sehen, warum das Modell seine Ziffer gewählt hat und nicht diese. Doppelklicken Sie darauf oder drücken Sie ihre Taste, um die Zeichnung als diese Ziffer in Meine Handschrift zu speichern</translation>
    </message>
    <message>
        <source>%1: no reading</source>
        <translation>%1: keine Lesung</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>Enter shows why the model did not choose this digit; Shift+Enter saves the drawing as this digit</source>
        <translation>Die Eingabetaste zeigt, warum das Modell diese Ziffer nicht gewählt hat; Umschalt+Eingabe speichert die Zeichnung als diese Ziffer</translation>
    </message>
</context>
<context>
    <name>digitpad::Recognizer</name>
    <message>
        <source>no model loaded</source>
        <translation>kein Modell geladen</translation>
    </message>
</context>
<context>
    <name>digitpad::ReplayRow</name>
    <message>
        <source>Read my drawings with it</source>
        <translation>Zeichnungen damit lesen</translation>
    </message>
    <message>
        <source>Evaluate it</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Replay:</source>
        <translation>Wiedergabe:</translation>
    </message>
    <message>
        <source>Epoch to replay</source>
        <translation>Wiederzugebende Epoche</translation>
    </message>
    <message>
        <source>Which epoch of the run to look at: marked on the charts, read on the Draw page when you tick the box, taken by Use and Save</source>
        <translation>Welche Epoche des Laufs angezeigt wird: in den Diagrammen markiert, auf der Seite Zeichnen gelesen, wenn das Kästchen angekreuzt ist, übernommen von Verwenden und Speichern</translation>
    </message>
    <message>
        <source>The Draw page reads your drawing with the epoch shown, so you can watch it go from wrong to right; untick to go back to the model in use</source>
        <translation>Die Seite Zeichnen liest Ihre Zeichnung mit der angezeigten Epoche, so sehen Sie sie von falsch zu richtig wechseln; Häkchen entfernen, um zum verwendeten Modell zurückzukehren</translation>
    </message>
    <message>
        <source>Score the epoch shown on the 10,000 test images, on the Evaluate page</source>
        <translation>Die angezeigte Epoche auf den 10.000 Testbildern bewerten, auf der Seite Auswerten</translation>
    </message>
    <message>
        <source>epoch 100 of 100</source>
        <translation>Epoche 100 von 100</translation>
    </message>
    <message>
        <source>epoch %1 of %2</source>
        <translation>Epoche %1 von %2</translation>
    </message>
</context>
<context>
    <name>digitpad::ReportTable</name>
    <message>
        <source>Classification report: precision, recall and F1 of each digit</source>
        <translation>Klassifikationsbericht: Präzision, Trefferquote und F1 jeder Ziffer</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>support</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>digit %1</source>
        <translation>Ziffer %1</translation>
    </message>
    <message>
        <source>macro avg</source>
        <translation>Makromittel</translation>
    </message>
    <message>
        <source>weighted avg</source>
        <translation>gewichtet</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
</context>
<context>
    <name>digitpad::SampleEvaluationView</name>
    <message>
        <source>E&amp;valuate on my drawings</source>
        <translation>Auf meinen Zeichnungen aus&amp;werten</translation>
    </message>
    <message>
        <source>Your sample</source>
        <translation>Ihre Schriftprobe</translation>
    </message>
    <message>
        <source>Your drawings in the chosen heatmap cell</source>
        <translation>Ihre Zeichnungen der gewählten Zelle der Heatmap</translation>
    </message>
    <message>
        <source>Reading your drawings…</source>
        <translation>Ihre Zeichnungen werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read your drawings: %1</source>
        <translation>Ihre Zeichnungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Click a cell to see those drawings.</source>
        <translation>Klicken Sie auf eine Zelle, um diese Zeichnungen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your %1s the model reads right.</source>
        <translation>
            <numerusform>Von Ihren gezeichneten %1 liest das Modell %n richtig.</numerusform>
            <numerusform>Von Ihren gezeichneten %1 liest das Modell %n richtig.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of your %1s is read as %2.</source>
        <translation>Keine Ihrer gezeichneten %1 wird als %2 gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your %1s the model reads as %2.</source>
        <translation>
            <numerusform>Von Ihren gezeichneten %1 liest das Modell %n als %2.</numerusform>
            <numerusform>Von Ihren gezeichneten %1 liest das Modell %n als %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong</source>
        <translation>
            <numerusform>%n falsch</numerusform>
            <numerusform>%n falsch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model in use reads %1% of your %n drawing(s) right (%2).</source>
        <translation>
            <numerusform>Das verwendete Modell liest %1% Ihrer %n Zeichnung richtig (%2).</numerusform>
            <numerusform>Das verwendete Modell liest %1% Ihrer %n Zeichnungen richtig (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell of the heatmap to see its drawings here</source>
        <translation>Klicken Sie auf eine Zelle der Heatmap, um ihre Zeichnungen hier zu sehen</translation>
    </message>
    <message>
        <source>Reads your samples with the model in use and shows in a heatmap which digits it gets wrong; a cell of it shows your drawings there.</source>
        <translation>Liest Ihre Schriftproben mit dem verwendeten Modell und zeigt in einer Heatmap, welche Ziffern es falsch liest; eine Zelle zeigt Ihre Zeichnungen darin.</translation>
    </message>
    <message numerus="yes">
        <source>Reading your %n drawing(s)…</source>
        <translation>
            <numerusform>Ihre %n Zeichnung wird gelesen…</numerusform>
            <numerusform>Ihre %n Zeichnungen werden gelesen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digitpad::SearchPanel</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Train the &amp;best</source>
        <translation>Das &amp;Beste trainieren</translation>
    </message>
    <message>
        <source>Grid: every combination of each parameter&apos;s values</source>
        <translation>Raster: jede Kombination der Werte aller Parameter</translation>
    </message>
    <message>
        <source>Random: draws from each parameter&apos;s range</source>
        <translation>Zufällig: zieht aus dem Bereich jedes Parameters</translation>
    </message>
    <message>
        <source>How many parameter sets random search draws (grid search tries the whole grid)</source>
        <translation>Wie viele Parametersätze die Zufallssuche zieht (die Rastersuche probiert das ganze Raster)</translation>
    </message>
    <message>
        <source>k of k-fold cross-validation: each trial trains k times and scores on the fold left out</source>
        <translation>k der k-fachen Kreuzvalidierung: Jeder Versuch trainiert k-mal und bewertet auf dem ausgelassenen Teil</translation>
    </message>
    <message>
        <source>The subset of MNIST training images the search cross-validates on</source>
        <translation>Die Teilmenge der MNIST-Trainingsbilder, auf der die Suche kreuzvalidiert</translation>
    </message>
    <message>
        <source>Trials of the search</source>
        <translation>Versuche der Suche</translation>
    </message>
    <message>
        <source>Which parameter the plot puts on its horizontal axis</source>
        <translation>Welchen Parameter das Diagramm auf die waagerechte Achse legt</translation>
    </message>
    <message>
        <source>The values each parameter takes: name=v1,v2,... for a grid, name=low:high for a random search&apos;s range (log-uniform where it spans decades)</source>
        <translation>Die Werte jedes Parameters: name=w1,w2,... für ein Raster, name=unten:oben für den Bereich einer Zufallssuche (log-gleichverteilt, wo er Größenordnungen überspannt)</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Suche:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>Trials:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>Folds:</source>
        <translation>Teile:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>Accuracy against</source>
        <translation>Genauigkeit gegen</translation>
    </message>
    <message>
        <source>Search for the parameters of the model chosen above: each trial is scored by cross-validation on a subset of the training images.</source>
        <translation>Suchen Sie die Parameter des oben gewählten Modells: Jeder Versuch wird durch Kreuzvalidierung auf einer Teilmenge der Trainingsbilder bewertet.</translation>
    </message>
    <message>
        <source>A search is running</source>
        <translation>Eine Suche läuft</translation>
    </message>
    <message>
        <source>Nothing is being searched</source>
        <translation>Es wird nichts gesucht</translation>
    </message>
    <message>
        <source>Wait for the search to end</source>
        <translation>Warten Sie das Ende der Suche ab</translation>
    </message>
    <message>
        <source>Search first</source>
        <translation>Erst suchen</translation>
    </message>
    <message>
        <source>The values cannot be searched: %1</source>
        <translation>Die Werte lassen sich nicht durchsuchen: %1</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>%1 search over %2: %3 trials, %4-fold cross-validation on %5 training images…</source>
        <translation>%1 über %2: %3 Versuche, %4-fache Kreuzvalidierung auf %5 Trainingsbildern…</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufallssuche</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Rastersuche</translation>
    </message>
    <message>
        <source>Searching the parameters of %1</source>
        <translation>Die Parameter von %1 werden gesucht</translation>
    </message>
    <message>
        <source>Done: the best of %1 trials is trial %2, %3 (%4). Train the best trains it on these %5 images.</source>
        <translation>Fertig: Der beste von %1 Versuchen ist Versuch %2, %3 (%4). Das Beste trainieren trainiert ihn auf diesen %5 Bildern.</translation>
    </message>
    <message>
        <source>Search finished</source>
        <translation>Suche abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled after %1 trials; the table keeps them.</source>
        <translation>Nach %1 Versuchen abgebrochen; die Tabelle behält sie.</translation>
    </message>
    <message>
        <source>The search stopped: %1</source>
        <translation>Die Suche wurde beendet: %1</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Suche abgebrochen</translation>
    </message>
    <message>
        <source>Search stopped</source>
        <translation>Suche beendet</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>trial %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <source>A search puts its parameters here</source>
        <translation>Eine Suche trägt hier ihre Parameter ein</translation>
    </message>
</context>
<context>
    <name>digitpad::TrainForm</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Shift, rotate and scale images</source>
        <translation>Verschieben, drehen, skalieren</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>MNIST folder</source>
        <translation>MNIST-Ordner</translation>
    </message>
    <message>
        <source>Nothing is training</source>
        <translation>Es wird nichts trainiert</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>all 60,000</source>
        <translation>alle 60.000</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <source>Validation hold-out</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Datenaugmentation</translation>
    </message>
    <message>
        <source>automatic (%1)</source>
        <translation>automatisch (%1)</translation>
    </message>
    <message>
        <source>Cores to train on. Automatic uses every core DigitPad may use here: %1.</source>
        <translation>Kerne für das Training. Automatisch nutzt jeden Kern, den DigitPad hier nutzen darf: %1.</translation>
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
        <translation>Ein Trainingslauf ist im Gang</translation>
    </message>
    <message>
        <source>No MNIST in this folder: %1</source>
        <translation>Kein MNIST in diesem Ordner: %1</translation>
    </message>
    <message>
        <source>The folder stays as it is while training</source>
        <translation>Der Ordner bleibt während des Trainings, wie er ist</translation>
    </message>
    <message>
        <source>Train with these settings (Ctrl+T)</source>
        <translation>Mit diesen Einstellungen trainieren (Strg+T)</translation>
    </message>
    <message>
        <source>Stop after the batch in flight, keeping the last finished epoch (Ctrl+Shift+T)</source>
        <translation>Nach dem laufenden Batch anhalten und die letzte fertige Epoche behalten (Strg+Umschalt+T)</translation>
    </message>
</context>
<context>
    <name>digitpad::TrainPage</name>
    <message>
        <source>&amp;Use this model</source>
        <translation>Dieses Modell &amp;verwenden</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Modell speichern…</translation>
    </message>
    <message>
        <source>Train a network on MNIST and watch it learn. The current model stays active until you choose to use the new one.</source>
        <translation>Trainieren Sie ein Netz mit MNIST und sehen Sie ihm beim Lernen zu. Das aktuelle Modell bleibt aktiv, bis Sie das neue verwenden.</translation>
    </message>
    <message>
        <source>The canvas already uses this model</source>
        <translation>Die Zeichenfläche verwendet dieses Modell bereits</translation>
    </message>
    <message>
        <source>Now recognizing with %1</source>
        <translation>Erkennung jetzt mit %1</translation>
    </message>
    <message>
        <source>epoch %1 of %2 of the run</source>
        <translation>Epoche %1 von %2 des Laufs</translation>
    </message>
    <message>
        <source>&amp;Use epoch %1</source>
        <translation>Epoche %1 &amp;verwenden</translation>
    </message>
    <message>
        <source>Loading MNIST…</source>
        <translation>MNIST wird geladen…</translation>
    </message>
    <message>
        <source>Training… the current model keeps recognizing your drawings meanwhile.</source>
        <translation>Training läuft… das aktuelle Modell erkennt Ihre Zeichnungen derweil weiter.</translation>
    </message>
    <message>
        <source>Training started</source>
        <translation>Training gestartet</translation>
    </message>
    <message>
        <source>Evaluating on the 10,000 test images…</source>
        <translation>Auswertung auf den 10.000 Testbildern…</translation>
    </message>
    <message>
        <source>Cancelled during the test evaluation.</source>
        <translation>Während der Testauswertung abgebrochen.</translation>
    </message>
    <message>
        <source>The first epoch is still training</source>
        <translation>Die erste Epoche wird noch trainiert</translation>
    </message>
    <message>
        <source>Train a model first</source>
        <translation>Trainieren Sie zuerst ein Modell</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>epoch %1/%2 · %3 images/s on %5 threads · training %4 left, then the test</source>
        <translation>Epoche %1/%2 · %3 Bilder/s auf %5 Threads · noch %4 Training, dann der Test</translation>
    </message>
    <message>
        <source>Epoch %1: loss %2, train accuracy %3%</source>
        <translation>Epoche %1: Verlust %2, Trainingsgenauigkeit %3%</translation>
    </message>
    <message>
        <source>, validation %1%</source>
        <translation>, Validierung %1%</translation>
    </message>
    <message>
        <source>%1 of %2 epochs kept</source>
        <translation>%1 von %2 Epochen behalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled. The model of the last finished epoch (%1) is kept: use or save it below. It has not been tested.</source>
        <translation>Abgebrochen. Das Modell der letzten fertigen Epoche (%1) bleibt erhalten: Verwenden oder speichern Sie es unten. Es wurde nicht getestet.</translation>
    </message>
    <message>
        <source>Cancelled before the first epoch finished; the current model is unchanged.</source>
        <translation>Vor dem Ende der ersten Epoche abgebrochen; das aktuelle Modell ist unverändert.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Training cancelled</source>
        <translation>Training abgebrochen</translation>
    </message>
    <message>
        <source>Training finished</source>
        <translation>Training abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>Training angehalten: %1</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Training angehalten</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Calibrating on %1 drawings like people&apos;s…</source>
        <translation>Kalibrierung an %1 Zeichnungen wie von Menschen…</translation>
    </message>
    <message>
        <source>Cancelled during the calibration.</source>
        <translation>Während der Kalibrierung abgebrochen.</translation>
    </message>
    <message>
        <source>Test accuracy of the last epoch: &lt;b&gt;%1%&lt;/b&gt; on %2 images, its confidence calibrated on %3 drawings like people&apos;s. Use it to recognize your drawings, or save it; the Replay slider under the charts goes back to earlier epochs.</source>
        <translation>Testgenauigkeit der letzten Epoche: &lt;b&gt;%1%&lt;/b&gt; auf %2 Bildern, seine Sicherheit an %3 Zeichnungen wie von Menschen kalibriert. Verwenden Sie es zum Erkennen Ihrer Zeichnungen oder speichern Sie es; der Regler „Wiedergabe“ unter den Diagrammen geht zu früheren Epochen zurück.</translation>
    </message>
    <message>
        <source>Calibrating epoch %1 on %2 drawings like people&apos;s…</source>
        <translation>Kalibrierung von Epoche %1 an %2 Zeichnungen wie von Menschen…</translation>
    </message>
    <message>
        <source>The epoch could not be calibrated: %1</source>
        <translation>Die Epoche konnte nicht kalibriert werden: %1</translation>
    </message>
    <message>
        <source>The chosen epoch is being calibrated</source>
        <translation>Die gewählte Epoche wird kalibriert</translation>
    </message>
</context>
<context>
    <name>digitpad::TrainingCharts</name>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>batch (smoothed)</source>
        <translation>Batch (geglättet)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>epoch %1: %2</source>
        <translation>Epoche %1: %2</translation>
    </message>
    <message>
        <source>epoch %1: train %2%</source>
        <translation>Epoche %1: Training %2%</translation>
    </message>
    <message>
        <source>, validation %1%</source>
        <translation>, Validierung %1%</translation>
    </message>
    <message>
        <source>Loss by epoch: %1</source>
        <translation>Verlust je Epoche: %1</translation>
    </message>
    <message>
        <source>Accuracy by epoch: %1</source>
        <translation>Genauigkeit je Epoche: %1</translation>
    </message>
    <message>
        <source>Loss (cross-entropy)</source>
        <translation>Verlust (Kreuzentropie)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
</context>
<context>
    <name>digitpad::TrialPlot</name>
    <message>
        <source>Accuracy of each trial against a parameter</source>
        <translation>Genauigkeit jedes Versuchs gegen einen Parameter</translation>
    </message>
    <message>
        <source>Accuracy of each trial</source>
        <translation>Genauigkeit jedes Versuchs</translation>
    </message>
    <message>
        <source>Accuracy against %1</source>
        <translation>Genauigkeit gegen %1</translation>
    </message>
    <message>
        <source> (log scale)</source>
        <translation> (logarithmisch)</translation>
    </message>
    <message>
        <source>cross-validated accuracy</source>
        <translation>kreuzvalidierte Genauigkeit</translation>
    </message>
</context>
</TS>
