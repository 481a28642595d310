// The part of libphonenumber-js (ui/vendor/libphonenumber-min.js, a classic script that
// sets `globalThis.libphonenumber`) that the phone field uses.

export {};

declare global {
  type PhoneCountry = string;

  interface PhoneNumberLike {
    /** E.164, e.g. "+4915123456789". */
    number: string;
    country?: PhoneCountry;
    isValid(): boolean;
    formatInternational(): string;
  }

  interface PhoneLibrary {
    getCountries(): PhoneCountry[];
    getCountryCallingCode(country: PhoneCountry): string;
    AsYouType: new (country?: PhoneCountry) => { input(text: string): string; getCountry(): PhoneCountry | undefined };
    parsePhoneNumberFromString(text: string, country?: PhoneCountry): PhoneNumberLike | undefined;
    validatePhoneNumberLength(
      text: string,
      country?: PhoneCountry,
    ): 'INVALID_COUNTRY' | 'NOT_A_NUMBER' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH' | undefined;
  }

  // eslint-disable-next-line no-var
  var libphonenumber: PhoneLibrary | undefined;
}
