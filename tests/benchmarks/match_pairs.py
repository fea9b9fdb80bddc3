"""Labelled pairs for measuring `match_claim`: an earlier fact-check's claim and the same
claim as an outlet later wrote it (1 pair = 1 query whose right answer is its check).

Provenance, plainly: all written for this set by one engineer (issue 23), in English and
Spanish, in topic clusters (prisoner releases, unemployment, crime, migration, health,
elections, energy, prices) so that the checks compete with near neighbours that differ in
a figure, a name or a place. No text is copied from any fact-checker. Each paraphrase
changes wording and order, and often the language of the figure ("half" for "50%", "2.000"
for "2,000"); some reuse no content word but the figures and names.
"""

# ruff: noqa: E501  (one pair per line reads best)
from __future__ import annotations

PAIRS: tuple[tuple[str, str], ...] = (
    # Prisoner releases
    (
        "Venezuela released 400 political prisoners in one day",
        "Caracas claims it freed 400 political detainees on Tuesday alone",
    ),
    (
        "Venezuela has released only 50 political prisoners",
        "Just about 50 jailed opponents have walked free in Venezuela, the UN says",
    ),
    (
        "Foro Penal confirmed 56 releases of political prisoners",
        "The rights group Foro Penal counted 56 political detainees set free",
    ),
    (
        "Venezuela holds more than 800 political prisoners",
        "Campaigners put the number of political prisoners behind bars in Venezuela above 800",
    ),
    (
        "Venezuela has no political prisoners",
        "There are no political detainees in the country, officials in Caracas insist",
    ),
    (
        "Five Spanish citizens were freed from Venezuelan jails",
        "Spain says five of its nationals have been released by Venezuela",
    ),
    (
        "Cuba released 553 prisoners after talks with the Vatican",
        "Havana let 553 inmates go following Vatican mediation",
    ),
    (
        "Nicaragua freed 222 political prisoners and sent them to the US",
        "Managua put 222 opponents on a plane to Washington after releasing them",
    ),
    (
        "El Gobierno venezolano liberó a más de 100 presos políticos",
        "Caracas asegura que ya salieron en libertad más de un centenar de presos por motivos políticos, 100 en total",
    ),
    (
        "Venezuela excarceló a 10 estadounidenses a cambio de migrantes deportados",
        "Diez ciudadanos de EE. UU. salieron de cárceles venezolanas en un canje por migrantes",
    ),
    # Unemployment and jobs
    (
        "Unemployment fell to 3.9 percent last month",
        "The jobless rate dropped to 3.9% in the latest monthly figures",
    ),
    (
        "Unemployment is at its lowest level in 50 years",
        "Joblessness has not been this low for half a century, 50 years",
    ),
    (
        "Youth unemployment in Spain is above 27 percent",
        "More than 27% of young Spaniards are out of work",
    ),
    ("El desempleo bajó al 12% en 2025", "La tasa de paro cayó hasta el 12 % el año pasado, 2025"),
    (
        "El paro juvenil supera el 27% en España",
        "Más del 27 % de los jóvenes españoles no tiene empleo",
    ),
    (
        "The economy created 300,000 jobs in January",
        "Employers added 300,000 positions in the first month of the year",
    ),
    (
        "Manufacturing lost 50,000 jobs since the tariffs began",
        "Factories shed 50,000 workers after the tariffs came in",
    ),
    (
        "Se crearon 500.000 empleos en el último año",
        "El último año dejó medio millón de puestos de trabajo nuevos, 500.000",
    ),
    (
        "Women earn 20 percent less than men for the same work",
        "A woman is paid a fifth less than a man doing the same job, 20%",
    ),
    (
        "Las mujeres cobran un 20% menos que los hombres",
        "La brecha salarial deja a las trabajadoras un 20 % por debajo de los hombres",
    ),
    # Crime
    ("Crime in Caracas fell by half last year", "Caracas says crime dropped 50% in the past year"),
    (
        "El Paso has close to 2,000 murders a year across the border",
        "Just across from El Paso there are nearly 2,000 killings every year",
    ),
    (
        "Mexico recorded almost 40,000 murders last year",
        "Some 40,000 homicides were registered in Mexico in the previous year",
    ),
    (
        "Immigrants commit crimes at lower rates than native-born citizens",
        "People born abroad are less likely to commit crimes than those born here",
    ),
    (
        "Violent crime has doubled in London since 2015",
        "London's violent offences are twice what they were in 2015",
    ),
    ("Los homicidios en Honduras bajaron un 30%", "Honduras redujo en un 30 % los asesinatos"),
    (
        "Los robos en Madrid aumentaron un 15% en 2024",
        "Madrid registró un 15 % más de robos durante 2024",
    ),
    ("Chicago had more than 700 murders in 2016", "Over 700 people were killed in Chicago in 2016"),
    (
        "Burglaries fell by 20 percent after street lights were installed",
        "Break-ins dropped a fifth, 20%, once the new street lighting went up",
    ),
    (
        "Knife crime in England rose 80 percent in ten years",
        "Stabbings in England are up 80% on a decade ago",
    ),
    # Migration
    (
        "Two million migrants crossed the southern border last year",
        "The southern border saw 2 million crossings in the past year",
    ),
    (
        "A caravan of 15,000 people is heading to the US border",
        "Some 15,000 migrants are marching north toward the United States in a caravan",
    ),
    (
        "Most drugs come through legal ports of entry",
        "The bulk of narcotics enter through official border crossings, ports of entry",
    ),
    ("Walls work 100 percent", "Border walls are completely effective, 100 percent, Trump said"),
    ("Israel's wall is 99.9 percent effective", "The Israeli barrier stops 99.9% of crossings"),
    (
        "Más de 7 millones de venezolanos han emigrado",
        "La diáspora venezolana ya supera los 7 millones de personas",
    ),
    (
        "España recibió 56.000 migrantes irregulares en 2023",
        "Llegaron a España 56.000 migrantes de forma irregular durante 2023",
    ),
    ("Half of asylum claims in the UK are granted", "The UK approves 50% of asylum applications"),
    (
        "Deportations under Obama exceeded 2.5 million",
        "Obama's government deported more than 2.5 million people",
    ),
    (
        "Migrants send home 60 billion dollars a year to Mexico",
        "Remittances to Mexico reach 60 billion dollars annually",
    ),
    # Health
    (
        "Measles cases in Europe tripled in 2024",
        "Europe saw three times as many measles infections in 2024, triple",
    ),
    ("Vaccines cause autism", "Jabs are behind the rise in autism, the post claims"),
    (
        "El sarampión volvió a aumentar en Europa por la caída de la vacunación",
        "La bajada en la vacunación hizo que crecieran otra vez los casos de sarampión en Europa",
    ),
    (
        "Smoking kills 8 million people a year",
        "Tobacco causes 8 million deaths every year, WHO says",
    ),
    (
        "Fentanyl killed 70,000 Americans last year",
        "Some 70,000 people in the US died from fentanyl in the past year",
    ),
    (
        "Life expectancy in the US fell for the third year in a row",
        "Americans' life expectancy has dropped three years running",
    ),
    (
        "La obesidad infantil afecta a uno de cada tres niños en España",
        "Un tercio de los niños españoles tiene obesidad",
    ),
    (
        "Hospital waiting lists reached 7.6 million in England",
        "A record 7.6 million people are waiting for hospital treatment in England",
    ),
    (
        "El tabaco mata a 50.000 personas al año en España",
        "En España mueren 50.000 personas cada año por fumar",
    ),
    (
        "Drinking coffee lowers the risk of heart disease by 15 percent",
        "Coffee drinkers have a 15% lower chance of heart disease, a study found",
    ),
    # Elections and politics
    (
        "Maduro won the 2024 presidential election",
        "Nicolás Maduro was the winner of the presidential vote in 2024",
    ),
    (
        "The 2024 Venezuelan election lacked basic transparency",
        "Venezuela's 2024 vote fell short of minimum transparency standards, the UN found",
    ),
    (
        "Three million people voted illegally in 2016",
        "Some 3 million illegal votes were cast in the 2016 election",
    ),
    (
        "Turnout was the highest in 60 years",
        "More people voted than at any election in six decades, 60 years",
    ),
    (
        "El 40% de los votos por correo fueron anulados",
        "Anularon cuatro de cada diez votos por correo, el 40 %",
    ),
    (
        "La oposición ganó en 20 de los 24 estados",
        "Los opositores se impusieron en 20 estados de un total de 24",
    ),
    (
        "The senator voted against the veterans bill 12 times",
        "The senator opposed veterans' legislation on 12 occasions",
    ),
    (
        "Congress passed 70 bills this session",
        "Lawmakers approved 70 pieces of legislation in the session",
    ),
    (
        "The president signed the national emergency declaration",
        "A national emergency has been declared with the president's signature",
    ),
    (
        "El presidente firmó 300 decretos en su primer año",
        "En su primer año, el mandatario rubricó 300 decretos",
    ),
    # Energy and climate
    (
        "Wind power supplies a fifth of the country's electricity",
        "A fifth of all power on the grid now comes from wind turbines, 20%",
    ),
    (
        "Sea levels will rise by a metre by 2100",
        "Oceans are set to be one metre higher by the year 2100",
    ),
    (
        "Venezuela has the largest proven oil reserves in the world",
        "No country has more proven crude reserves than Venezuela",
    ),
    (
        "Solar panels produce more energy than they take to make within 2 years",
        "Within 2 years a solar panel pays back the energy used to build it",
    ),
    (
        "El precio de la luz se duplicó en un año",
        "La factura eléctrica costó el doble en apenas un año, se duplicó",
    ),
    (
        "Los incendios de este verano fueron provocados por rayos",
        "Rayos, y no personas, causaron la mayoría de los fuegos del verano",
    ),
    (
        "Coal produces 40 percent of the world's electricity",
        "Coal still generates 40% of global power",
    ),
    (
        "Electric cars are responsible for more emissions than petrol cars",
        "Battery cars pollute more over their life than petrol ones, the video says",
    ),
    (
        "Arctic sea ice has shrunk by 13 percent per decade",
        "The Arctic is losing 13% of its summer ice every ten years",
    ),
    (
        "España produjo el 50% de su electricidad con renovables en 2023",
        "La mitad de la electricidad española en 2023 salió de fuentes renovables, 50 %",
    ),
    # Prices and economy
    (
        "Inflation reached 9.1 percent, a 40-year high",
        "Prices rose 9.1%, the fastest pace in four decades, 40 years",
    ),
    (
        "Petrol prices have doubled since the president took office",
        "Fuel costs twice as much as when the president came to power",
    ),
    (
        "The trade deficit with China is 375 billion dollars a year",
        "Every year the US loses 375 billion dollars in trade with China",
    ),
    (
        "Tariffs brought billions of dollars into the Treasury",
        "The tariffs have poured billions into the Treasury's coffers",
    ),
    (
        "El Gobierno prevé que la inflación baje del 3% el próximo año",
        "La inflación quedará por debajo del 3 % el año que viene, según las previsiones del Gobierno",
    ),
    (
        "La deuda pública es hoy menor que hace diez años",
        "España debe menos que hace una década, afirma la ministra de Hacienda",
    ),
    (
        "Las exportaciones de aceite de oliva cayeron un tercio por la sequía",
        "La sequía recortó en un tercio las ventas de aceite de oliva al exterior",
    ),
    ("Rents in Madrid rose 12 percent last year", "Madrid rents climbed 12% over the last year"),
    (
        "The minimum wage has risen 50 percent since 2018",
        "Since 2018 the minimum wage is up by half, 50 percent",
    ),
    ("El salario mínimo subió un 54% desde 2018", "Desde 2018 el SMI ha crecido un 54 %"),
    # Other public claims
    (
        "The Great Wall of China is visible from space",
        "You can see China's Great Wall from orbit, the meme says",
    ),
    (
        "Venezuela's national assembly head is Jorge Rodríguez",
        "Jorge Rodríguez presides over Venezuela's National Assembly",
    ),
    (
        "Delcy Rodríguez is Venezuela's interim president",
        "Venezuela is now led by interim president Delcy Rodríguez",
    ),
    (
        "María Corina Machado won the Nobel Peace Prize",
        "Machado, the opposition leader, was awarded the Nobel Peace Prize",
    ),
    (
        "The US military seized Maduro in a raid on 3 January",
        "On 3 January US forces captured Maduro in a raid in Caracas",
    ),
    (
        "Trump cancelled a second wave of airstrikes on Venezuela",
        "A second round of US airstrikes on Venezuela was called off by Trump",
    ),
    (
        "The UN says arbitrary detention is used systematically in Venezuela",
        "Venezuela uses arbitrary arrests as a systematic tool of repression, according to the UN",
    ),
    (
        "El Helicoide es la cárcel más grande de Venezuela",
        "La mayor prisión venezolana es El Helicoide",
    ),
    (
        "Bloomberg first reported the releases of Americans",
        "The first outlet to report that Americans were freed was Bloomberg",
    ),
    (
        "La ley de vivienda obliga a bajar los alquileres",
        "Con la nueva ley de vivienda, los caseros tendrán que reducir las rentas",
    ),
    (
        "El Tribunal Constitucional anuló el decreto de vivienda",
        "El Constitucional tumbó el decreto sobre vivienda",
    ),
    (
        "Fumar en terrazas está prohibido desde 2024",
        "Desde 2024 no se puede fumar en las terrazas de bares",
    ),
    (
        "Un tercio de los jóvenes vive con sus padres después de los 30",
        "Uno de cada tres jóvenes de más de 30 años sigue en casa de sus padres",
    ),
    (
        "The governor vetoed the education budget twice",
        "Twice the governor blocked the education budget with a veto",
    ),
    ("Nine out of ten families will get a tax cut", "The bill lowers taxes for 90% of families"),
    (
        "The US spends more on health care than any other nation",
        "No country spends as much on health as the United States",
    ),
    (
        "Exports of Spanish wine reached a record 3 billion euros",
        "Spain sold a record 3 billion euros of wine abroad",
    ),
    (
        "La mitad de los incendios forestales son intencionados",
        "El 50 % de los fuegos en el monte se provocan a propósito",
    ),
    (
        "Hungary built a 175-kilometre border fence",
        "A 175 km fence now runs along Hungary's border",
    ),
    ("China executes drug dealers", "Drug traffickers get the death penalty in China"),
    (
        "Fentanyl was added to China's list of controlled substances",
        "China has put fentanyl on its list of controlled drugs",
    ),
)
