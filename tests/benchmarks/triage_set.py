"""A labelled set of sentences for measuring claim triage (1: worth checking, 0: not).

Provenance, plainly: every label is one engineer's judgement (Claimdesk's, issue 23),
made with the CheckThat! guideline's question, "does it hold a verifiable factual claim
the public would want checked?"; no second annotator, so no agreement figure.
The labels were made after the triage cues were written, by the same person: expect the
figures on this set to flatter triage. `bench_triage.py` also scores any CheckThat!-format
files named in CLAIMDESK_CHECKWORTHY_TSV (public debates, not shipped: research-only licence).
- SEED_JUDGEMENTS: one label per sentence of each seed report (/work/shared/seeds), in
  `sentences()` order; a count that no longer matches fails loudly instead of shifting
  labels. The reports' text is not copied here.
- WRITTEN: sentences written for this set, in Spanish and English, in the style of news
  reports and speeches (no text copied from anywhere).
"""

from __future__ import annotations

# ruff: noqa: E501  (one sentence per line reads best)

SEED_JUDGEMENTS = {
    "000_4d4eadfbfc2e7dd7": "1 0 1 1 0 1 0 0 1 1 0 0 0 1 0 0 0 1 0 1 1 1 1 1 0 0 0",
    "002_cbc07537fc4d0d73": "1 0 0 0 1 1 0 1 0 1 0 0 1 0",
}

WRITTEN: tuple[tuple[str, int], ...] = (
    # Spanish
    (
        "El desempleo juvenil bajó al 27% en el último trimestre, según el instituto de estadística.",
        1,
    ),
    ("La ministra de Hacienda aseguró que la deuda pública es hoy menor que hace diez años.", 1),
    ("Los vecinos se reunieron el martes por la tarde en la plaza del pueblo.", 0),
    ("El alcalde dijo que el nuevo hospital estará terminado antes de 2027.", 1),
    ("Fue una jornada larga y llena de emociones para todos.", 0),
    ("La ley de vivienda obliga a los grandes propietarios a bajar los alquileres.", 1),
    ("¿Quién se hará cargo de los gastos del evento?", 0),
    ("Creo que el país merece un debate más sereno.", 0),
    ("Las exportaciones de aceite de oliva cayeron un tercio por culpa de la sequía.", 1),
    ("El presidente llegó al aeropuerto acompañado de su esposa.", 0),
    ("Según la OMS, el sarampión ha vuelto a aumentar en Europa por la caída de la vacunación.", 1),
    ("La rueda de prensa empezó con veinte minutos de retraso.", 0),
    ("El Tribunal Constitucional anuló el decreto por invadir competencias autonómicas.", 1),
    ("Muchas gracias a todos por venir esta noche.", 0),
    ("El precio de la luz se duplicó en un año, afirmó el líder de la oposición.", 1),
    ("La candidata saludó a sus seguidores desde el balcón.", 0),
    ("Venezuela tiene las mayores reservas probadas de petróleo del mundo.", 1),
    ("El Gobierno prevé que la inflación baje del 3% el próximo año.", 1),
    ("La reunión fue cordial y se habló de muchos asuntos.", 0),
    ("Cada día cruzan la frontera unas 2.000 personas, dijo el portavoz de Migración.", 1),
    ("Espero que podamos llegar a un acuerdo pronto.", 0),
    ("El puerto de Valencia es el que más contenedores mueve del Mediterráneo.", 1),
    ("Los manifestantes llevaban pancartas y banderas.", 0),
    ("La nueva norma prohíbe fumar en las terrazas de los bares.", 1),
    ("En 2023 se registraron 1.150 muertes en las carreteras, la cifra más baja desde 1960.", 1),
    ("El acto terminó con el himno nacional.", 0),
    (
        "Los incendios de este verano fueron provocados en su mayoría por rayos, según los bomberos.",
        1,
    ),
    ("El sindicato convocó una huelga para el próximo lunes.", 0),
    ("La mitad de los jóvenes vive con sus padres después de los 30 años.", 1),
    ("Fue un honor compartir escenario con tantos compañeros.", 0),
    ("El exministro fue condenado por malversación en 2019.", 1),
    ("Mañana seguiremos informando sobre el asunto.", 0),
    # English
    ("Crime in our cities has doubled since the last election.", 1),
    ("Thank you all for being here tonight.", 0),
    ("The senator said the bill would cut taxes for nine out of ten families.", 1),
    ("We will never give up on the people of this state.", 0),
    ("Unemployment fell to 3.9 percent last month, the lowest rate in two decades.", 1),
    ("I believe our best days are still ahead of us.", 0),
    ("The factory closed because of the new tariffs, the union claimed.", 1),
    ("The mayor arrived late to the ceremony.", 0),
    ("Under the new law, employers must offer paid sick leave.", 1),
    ("What are we going to do about it?", 0),
    ("Our country spends more on health care than any other nation.", 1),
    ("It was a beautiful day in the park.", 0),
    ("The governor vetoed the education budget twice.", 1),
    ("Let me tell you a story about my grandmother.", 0),
    ("Experts predict sea levels will rise by a metre by 2100.", 1),
    ("We had a great conversation with the president.", 0),
    (
        "Wind power now supplies a fifth of the country's electricity, according to the grid operator.",
        1,
    ),
    ("The crowd cheered when the band came on stage.", 0),
    ("My opponent voted against the veterans' bill.", 1),
    ("So that is where we are today.", 0),
    ("Immigrants commit crimes at lower rates than native-born citizens, a study found.", 1),
    ("I want to thank my family for their support.", 0),
    ("The court ruled that the ban was unconstitutional.", 1),
    ("Nobody knows what tomorrow will bring.", 0),
)
