<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>digitpad::AdaptationPanel</name>
    <message numerus="yes">
        <source>%n drawing(s)</source>
        <translation>
            <numerusform>%n drawing</numerusform>
            <numerusform>%n drawings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digitpad::ConfusionHeatmap</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digitpad::EvaluatePage</name>
    <message numerus="yes">
        <source>%n test image(s)</source>
        <translation>
            <numerusform>%n test image</numerusform>
            <numerusform>%n test images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digitpad::HandwritingPage</name>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>digitpad::SampleEvaluationView</name>
    <message numerus="yes">
        <source>%n of your %1s the model reads right.</source>
        <translation>
            <numerusform>%n of your %1s the model reads right.</numerusform>
            <numerusform>%n of your %1s the model reads right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your %1s the model reads as %2.</source>
        <translation>
            <numerusform>%n of your %1s the model reads as %2.</numerusform>
            <numerusform>%n of your %1s the model reads as %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong</source>
        <translation>
            <numerusform>%n wrong</numerusform>
            <numerusform>%n wrong</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model in use reads %1% of your %n drawing(s) right (%2).</source>
        <translation>
            <numerusform>The model in use reads %1% of your %n drawing right (%2).</numerusform>
            <numerusform>The model in use reads %1% of your %n drawings right (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading your %n drawing(s)…</source>
        <translation>
            <numerusform>Reading your %n drawing…</numerusform>
            <numerusform>Reading your %n drawings…</numerusform>
        </translation>
    </message>
</context>
</TS>
