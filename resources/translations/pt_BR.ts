<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
  <context>
    <name>Start</name>
    <message>
      <source>Claimdesk needs a name to record with your annotations.</source>
      <translation>O Claimdesk precisa de um nome para registrar com suas anotações.</translation>
    </message>
  </context>
</TS>
