import { expectAll, expectOnly, table } from './support';

describe('figures: quantity', () => {
  describe('length, area, mass, volume', () => {
    table([
      ['The convoy drove 72 km.', { type: 'quantity', text: '72 km', value: 72, unit: 'km' }],
      ["The runway is 3,199 m, one of the longest.", { type: 'quantity', text: '3,199 m', value: 3199, unit: 'm' }],
      ['The jet stopped 1,900 m past the threshold.', { type: 'quantity', text: '1,900 m', value: 1900, unit: 'm' }],
      ['It was 12 nm out.', { type: 'quantity', text: '12 nm', value: 12, unit: 'nm' }],
      ['Groundspeed fell to 157 kt.', { type: 'quantity', text: '157 kt', value: 157, unit: 'kn' }],
      ['The rock held 40 parts per million of carbon.', { type: 'quantity', text: '40 parts per million', value: 40, unit: 'ppm' }],
      ['The final lasted four hours and 12 minutes.', { type: 'quantity', text: 'four hours and 12 minutes', value: 4.2, unit: 'h' }],
      ['The final lasted 4 hours, 30 minutes.', { type: 'quantity', text: '4 hours, 30 minutes', value: 4.5, unit: 'h' }],
      ['The water held 3 parts per billion of lead.', { type: 'quantity', text: '3 parts per billion', value: 3, unit: 'ppb' }],
      ['The chip runs at 5.1GHz.', { type: 'quantity', text: '5.1GHz', value: 5.1, unit: 'GHz' }],
      ['The game held 62fps on the handheld.', { type: 'quantity', text: '62fps', value: 62, unit: 'fps' }],
      ['The convoy drove 72km.', { type: 'quantity', text: '72km', value: 72, unit: 'km' }],
      ['The convoy drove 72 kilometres.', { type: 'quantity', text: '72 kilometres', value: 72, unit: 'km' }],
      ['The convoy drove 72 kilometers.', { type: 'quantity', text: '72 kilometers', value: 72, unit: 'km' }],
      ['The road runs for 1.6 miles.', { type: 'quantity', text: '1.6 miles', value: 1.6, unit: 'mi' }],
      ['The wall is 500 metres long.', { type: 'quantity', text: '500 metres', value: 500, unit: 'm' }],
      ['He won the 100m final.', { type: 'quantity', text: '100m', value: 100, unit: 'm' }],
      ['The wall is 2.5m high.', { type: 'quantity', text: '2.5m', value: 2.5, unit: 'm' }],
      ['A 72-km stretch was shut.', { type: 'quantity', text: '72-km', value: 72, unit: 'km' }],
      ['They sailed 40 nautical miles.', { type: 'quantity', text: '40 nautical miles', value: 40, unit: 'nmi' }],
      ['The jet climbed to 30,000 feet.', { type: 'quantity', text: '30,000 feet', value: 30_000, unit: 'ft' }],
      ['The barrier is 12 ft high.', { type: 'quantity', text: '12 ft', value: 12, unit: 'ft' }],
      ['Snow lay 6 inches deep.', { type: 'quantity', text: '6 inches', value: 6, unit: 'in' }],
      ['Fire burned 10,000 square kilometres.', { type: 'quantity', text: '10,000 square kilometres', value: 10_000, unit: 'km²' }],
      ['Fire burned 10,000 sq km.', { type: 'quantity', text: '10,000 sq km', value: 10_000, unit: 'km²' }],
      ['Fire burned 10,000 km².', { type: 'quantity', text: '10,000 km²', value: 10_000, unit: 'km²' }],
      ['Fire burned 200 square miles.', { type: 'quantity', text: '200 square miles', value: 200, unit: 'mi²' }],
      ['The farm covers 200 acres.', { type: 'quantity', text: '200 acres', value: 200, unit: 'acre' }],
      ['The farm covers 40 hectares.', { type: 'quantity', text: '40 hectares', value: 40, unit: 'ha' }],
      ['The ship carried 95,000 tons.', { type: 'quantity', text: '95,000 tons', value: 95_000, unit: 't' }],
      ['The ship carried 95,000 tonnes.', { type: 'quantity', text: '95,000 tonnes', value: 95_000, unit: 't' }],
      ['The ship carried 95,000 metric tons.', { type: 'quantity', text: '95,000 metric tons', value: 95_000, unit: 't' }],
      ['Exports hit 1.2 million tonnes.', { type: 'quantity', text: '1.2 million tonnes', value: 1.2e6, unit: 't' }],
      ['Exports hit 1.2m tonnes.', { type: 'quantity', text: '1.2m tonnes', value: 1.2e6, unit: 't' }],
      ['The parcel weighs 5 kg.', { type: 'quantity', text: '5 kg', value: 5, unit: 'kg' }],
      ['The parcel weighs 5 kilograms.', { type: 'quantity', text: '5 kilograms', value: 5, unit: 'kg' }],
      ['The parcel weighs 200 lbs.', { type: 'quantity', text: '200 lbs', value: 200, unit: 'lb' }],
      ['The tank holds 100 litres.', { type: 'quantity', text: '100 litres', value: 100, unit: 'L' }],
      ['The tank holds 100 gallons.', { type: 'quantity', text: '100 gallons', value: 100, unit: 'gal' }],
      ['The field pumps 100,000 barrels a day.', { type: 'quantity', text: '100,000 barrels a day', value: 100_000, unit: 'bbl/d' }],
      ['The field pumps 100,000 bpd.', { type: 'quantity', text: '100,000 bpd', value: 100_000, unit: 'bbl/d' }],
      ['The field holds 2 million barrels.', { type: 'quantity', text: '2 million barrels', value: 2e6, unit: 'bbl' }],
      ['The pipeline carries 55 bcm.', { type: 'quantity', text: '55 bcm', value: 5.5e10, unit: 'm³' }],
      ['The pipeline carries 55 billion cubic metres.', { type: 'quantity', text: '55 billion cubic metres', value: 5.5e10, unit: 'm³' }],
    ]);
  });

  describe('temperature, speed, power', () => {
    table([
      ['It reached 47 degrees.', { type: 'quantity', text: '47 degrees', value: 47, unit: '°' }],
      ['It reached 47 degrees Celsius.', { type: 'quantity', text: '47 degrees Celsius', value: 47, unit: '°C' }],
      ['It reached 104 degrees Fahrenheit.', { type: 'quantity', text: '104 degrees Fahrenheit', value: 104, unit: '°F' }],
      ['It fell to -5C overnight.', { type: 'quantity', text: '-5C', value: -5, unit: '°C' }],
      ['It fell to −5C overnight.', { type: 'quantity', text: '−5C', value: -5, unit: '°C' }],
      ['It reached 30°C.', { type: 'quantity', text: '30°C', value: 30, unit: '°C' }],
      ['It reached 30 °C.', { type: 'quantity', text: '30 °C', value: 30, unit: '°C' }],
      ['It reached 86F.', { type: 'quantity', text: '86F', value: 86, unit: '°F' }],
      ['It fell to minus 12C.', { type: 'quantity', text: 'minus 12C', value: -12, unit: '°C' }],
      ['Winds of 70 mph hit the coast.', { type: 'quantity', text: '70 mph', value: 70, unit: 'mph' }],
      ['Winds of 70 miles per hour hit the coast.', { type: 'quantity', text: '70 miles per hour', value: 70, unit: 'mph' }],
      ['Winds of 120 km/h hit the coast.', { type: 'quantity', text: '120 km/h', value: 120, unit: 'km/h' }],
      ['Winds of 120 kilometres an hour hit the coast.', { type: 'quantity', text: '120 kilometres an hour', value: 120, unit: 'km/h' }],
      ['The ship made 30 knots.', { type: 'quantity', text: '30 knots', value: 30, unit: 'kn' }],
      ['The plant makes 500 MW.', { type: 'quantity', text: '500 MW', value: 500, unit: 'MW' }],
      ['The plant makes 500MW.', { type: 'quantity', text: '500MW', value: 500, unit: 'MW' }],
      ['The plant makes 2 gigawatts.', { type: 'quantity', text: '2 gigawatts', value: 2, unit: 'GW' }],
      ['Demand hit 300 TWh.', { type: 'quantity', text: '300 TWh', value: 300, unit: 'TWh' }],
    ]);
  });

  describe('durations', () => {
    table([
      ['Talks lasted three hours.', { type: 'quantity', text: 'three hours', value: 3, unit: 'h' }],
      ['Talks lasted 90 minutes.', { type: 'quantity', text: '90 minutes', value: 90, unit: 'min' }],
      ['Talks lasted 30 seconds.', { type: 'quantity', text: '30 seconds', value: 30, unit: 's' }],
      ['The war has lasted 10 years.', { type: 'quantity', text: '10 years', value: 10, unit: 'year' }],
      ['The truce held two weeks.', { type: 'quantity', text: 'two weeks', value: 2, unit: 'week' }],
      ['The truce held five days.', { type: 'quantity', text: 'five days', value: 5, unit: 'day' }],
      ['The truce held six months.', { type: 'quantity', text: 'six months', value: 6, unit: 'month' }],
      ['It took two decades.', { type: 'quantity', text: 'two decades', value: 2, unit: 'decade' }],
      ['It took one second.', { type: 'quantity', text: 'one second', value: 1, unit: 's' }],
      ['A five-day summit opened.', { type: 'quantity', text: 'five-day', value: 5, unit: 'day' }],
      ['A 10-year plan was adopted.', { type: 'quantity', text: '10-year', value: 10, unit: 'year' }],
      ['A 24-hour strike began.', { type: 'quantity', text: '24-hour', value: 24, unit: 'h' }],
      ['A 10-year-old boy was hurt.', { type: 'quantity', text: '10-year-old', value: 10, unit: 'year' }],
      ['The boy is 10 years old.', { type: 'quantity', text: '10 years old', value: 10, unit: 'year' }],
      ['It lasted more than 48 hours.', { type: 'quantity', text: 'more than 48 hours', value: 48, unit: 'h', qualifier: 'more than' }],
      ['It lasted 2-3 weeks.', { type: 'quantity', text: '2-3 weeks', value: 2, max: 3, unit: 'week', qualifier: 'range' }],
      ['It lasted between 20 and 25 km.', { type: 'quantity', text: 'between 20 and 25 km', value: 20, max: 25, unit: 'km', qualifier: 'range' }],
    ]);
  });

  it('keeps the value as written: no conversion between units', () => {
    expectAll('The 72 km (45 miles) route.', [
      { type: 'quantity', text: '72 km', value: 72, unit: 'km' },
      { type: 'quantity', text: '45 miles', value: 45, unit: 'mi' },
    ]);
  });

  it('reads earthquake magnitudes and mass concentrations', () => {
    expectAll('A magnitude 8.1 earthquake struck; a 6.2-magnitude aftershock followed.', [
      { type: 'quantity', text: 'magnitude 8.1', value: 8.1, unit: 'magnitude' },
      { type: 'quantity', text: '6.2-magnitude', value: 6.2, unit: 'magnitude' },
    ]);
    expectOnly('The limit is 0.004 micrograms per litre.', { type: 'quantity', text: '0.004 micrograms per litre', value: 0.004, unit: 'µg/L' });
  });

  it('reads speeds, data rates, pressures, brightness and concentrations in their units', () => {
    expectAll('Winds of 110 kmph, broadband up to 300 Mbps, a fall of about 42 millibars, 1,200 nits and 4 ppm.', [
      { type: 'quantity', text: '110 kmph', value: 110, unit: 'km/h' },
      { type: 'quantity', text: 'up to 300 Mbps', value: 300, unit: 'Mbps', qualifier: 'up to' },
      { type: 'quantity', text: 'about 42 millibars', value: 42, unit: 'mbar', qualifier: 'approximate' },
      { type: 'quantity', text: '1,200 nits', value: 1200, unit: 'nit' },
      { type: 'quantity', text: '4 ppm', value: 4, unit: 'ppm' },
    ]);
  });

  it('reads aviation units: knots, feet per minute and nautical miles', () => {
    expectAll('It descended at 4,100 fpm, flying at 310 kts, 284 NM from Shannon.', [
      { type: 'quantity', text: '4,100 fpm', value: 4100, unit: 'ft/min' },
      { type: 'quantity', text: '310 kts', value: 310, unit: 'kn' },
      { type: 'quantity', text: '284 NM', value: 284, unit: 'nmi' },
    ]);
  });

  it('reads mining units: gigalitres, tonnes per annum, grams per tonne and ounces of gold', () => {
    expectAll('It will draw 3.2 gigalitres and 12GL a year for a 28,000-tpa plant at 0.09 g/t gold, or 1.2Moz.', [
      { type: 'quantity', text: '3.2 gigalitres', value: 3.2, unit: 'GL' },
      { type: 'quantity', text: '12GL', value: 12, unit: 'GL' },
      { type: 'quantity', text: '28,000-tpa', value: 28000, unit: 't/year' },
      { type: 'quantity', text: '0.09 g/t', value: 0.09, unit: 'g/t' },
      { type: 'quantity', text: '1.2Moz', value: 1.2, unit: 'Moz' },
    ]);
    expectAll('The harvest fell to 3.05m hl, or 290,000 hl less than 3.4 million hectolitres.', [
      { type: 'quantity', text: '3.05m hl', value: 3050000, unit: 'hL' },
      { type: 'quantity', text: '290,000 hl', value: 290000, unit: 'hL' },
      { type: 'quantity', text: 'less than 3.4 million hectolitres', value: 3400000, unit: 'hL', qualifier: 'fewer than' },
    ]);
  });

  it('reads a temperature scale after a space and durations in working or business days', () => {
    expectAll('It hit 47.6 C (117.7 F) and took 40 working days.', [
      { type: 'quantity', text: '47.6 C', value: 47.6, unit: '°C' },
      { type: 'quantity', text: '117.7 F', value: 117.7, unit: '°F' },
      { type: 'quantity', text: '40 working days', value: 40, unit: 'day' },
    ]);
  });
  it('reads the capitals of weather advisories ("105 MPH...165 KM/H", "ABOUT 85 MI", "1100 AM EDT")', () => {
    expectAll('SUMMARY OF 1100 AM EDT. WINDS 105 MPH...165 KM/H ABOUT 85 MI SOUTH.', [
      { type: 'time', text: '1100 AM EDT', value: '11:00' },
      { type: 'quantity', text: '105 MPH', value: 105, unit: 'mph' },
      { type: 'quantity', text: '165 KM/H', value: 165, unit: 'km/h' },
      { type: 'quantity', text: 'ABOUT 85 MI', value: 85, unit: 'mi', qualifier: 'approximate' },
    ]);
  });
});
