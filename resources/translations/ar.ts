<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>Start</name>
    <message>
      <source>Claimdesk needs a name to record with your annotations.</source>
      <translation>يحتاج Claimdesk إلى اسم يسجّله مع تعليقاتك التوضيحية.</translation>
    </message>
  </context>
</TS>
