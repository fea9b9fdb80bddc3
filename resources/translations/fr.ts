<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>Start</name>
    <message>
      <source>Claimdesk needs a name to record with your annotations.</source>
      <translation>Claimdesk a besoin d’un nom à enregistrer avec vos annotations.</translation>
    </message>
  </context>
</TS>
