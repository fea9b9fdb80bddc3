<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>Start</name>
    <message>
      <source>Claimdesk needs a name to record with your annotations.</source>
      <translation>Claimdesk necesita un nombre para registrarlo con sus anotaciones.</translation>
    </message>
  </context>
</TS>
