// Real-looking secrets (all fake: random, or the providers' documented examples) where pages
// leak them: URLs, headers, cookies, JSON and form bodies, config text, prose. Every one must be
// caught; issue 9's end-to-end tests plant the same ones in a page and watch what leaves it.

export interface PlantedSecret {
  /** Where or what it is: `url_param`, `header`, `cookie`, `json`, `jwt`, `github`, `card` … */
  kind: string;
  /** The secret in its context, as a page, an app or a user would produce it. */
  text: string;
  /** The part that must not survive redaction. */
  secret: string;
}

export const plantedSecrets: PlantedSecret[] = [
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&password=Winter2025%21&format=csv failed with 500',
    secret: 'Winter2025%21',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&passwd=s3cr3t_Summer&format=csv failed with 500',
    secret: 's3cr3t_Summer',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&pwd=P%40ssw0rd-77&format=csv failed with 500',
    secret: 'P%40ssw0rd-77',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&token=k29cztUX1kmObfEjdpyHGfY5&format=csv failed with 500',
    secret: 'k29cztUX1kmObfEjdpyHGfY5',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&access_token=PBNaNKNYd7pMCapFTzdbKB1G&format=csv failed with 500',
    secret: 'PBNaNKNYd7pMCapFTzdbKB1G',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&id_token=a8FPJsKbMnY0LcUwE4BoMMc8&format=csv failed with 500',
    secret: 'a8FPJsKbMnY0LcUwE4BoMMc8',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&refresh_token=b6ZGZkWBvKQXfVzUrrrUaR46&format=csv failed with 500',
    secret: 'b6ZGZkWBvKQXfVzUrrrUaR46',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&api_key=drUvLinbJC6RQuFlBnDomtQh&format=csv failed with 500',
    secret: 'drUvLinbJC6RQuFlBnDomtQh',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&apikey=A14VqnPa5lwOo0OpGcSDuJZK&format=csv failed with 500',
    secret: 'A14VqnPa5lwOo0OpGcSDuJZK',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&key=MvlsbxFHz9GuXlmPvNRB0tR1&format=csv failed with 500',
    secret: 'MvlsbxFHz9GuXlmPvNRB0tR1',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&secret=lirRVzYkBEyhiXUTdSZZqPy7&format=csv failed with 500',
    secret: 'lirRVzYkBEyhiXUTdSZZqPy7',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&client_secret=tTKP6RUDLYLvqsKt3sVNrCtN&format=csv failed with 500',
    secret: 'tTKP6RUDLYLvqsKt3sVNrCtN',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&session=uPBUKibc7XiiDvDlr3qBiwBN&format=csv failed with 500',
    secret: 'uPBUKibc7XiiDvDlr3qBiwBN',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&sessionid=PBACZMzla6MkXpsaCoKaEF7U&format=csv failed with 500',
    secret: 'PBACZMzla6MkXpsaCoKaEF7U',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&sid=V2PUBKiCUbyMJcxDWo7hq5on&format=csv failed with 500',
    secret: 'V2PUBKiCUbyMJcxDWo7hq5on',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&auth=H1ap2Iyl7TY3DjN6ozzQ9MXU&format=csv failed with 500',
    secret: 'H1ap2Iyl7TY3DjN6ozzQ9MXU',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&code=9cmJyJrE7i9DfTI0LRYc2Saf&format=csv failed with 500',
    secret: '9cmJyJrE7i9DfTI0LRYc2Saf',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&signature=3dgrJNgOHyMhzjYuvvYTdb3F&format=csv failed with 500',
    secret: '3dgrJNgOHyMhzjYuvvYTdb3F',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&sig=AYuMS8yxX64mT6PWwMoF7nap&format=csv failed with 500',
    secret: 'AYuMS8yxX64mT6PWwMoF7nap',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&X-Amz-Signature=EEiee4epBQSpb9VGsghwlCSa&format=csv failed with 500',
    secret: 'EEiee4epBQSpb9VGsghwlCSa',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&X-Amz-Security-Token=IFWhNMDoyrCLi25SVRQWbP0o&format=csv failed with 500',
    secret: 'IFWhNMDoyrCLi25SVRQWbP0o',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&auth_token=d7fZ7wltnJLXNxGu5sI2hLSZ&format=csv failed with 500',
    secret: 'd7fZ7wltnJLXNxGu5sI2hLSZ',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&private_token=cPE0Dso6D0T8vQqyZ1sazuxc&format=csv failed with 500',
    secret: 'cPE0Dso6D0T8vQqyZ1sazuxc',
  },
  {
    kind: 'url_param',
    text: 'GET https://portal.example.com/api/v2/reports?month=10&user[password]=s3cr3t_Summer&format=csv failed with 500',
    secret: 's3cr3t_Summer',
  },
  {
    kind: 'url_fragment',
    text: 'navigated to https://payroll.example.com/callback#access_token=BMgaWPPyOWF74MguQG3JSr3lpxGut6VkYi3EU5qF&token_type=Bearer&expires_in=3600',
    secret: 'BMgaWPPyOWF74MguQG3JSr3lpxGut6VkYi3EU5qF',
  },
  {
    kind: 'url_nested',
    text: 'redirect to /login?next=https%3A%2F%2Fhr.example.com%2Fsso%3Ftoken%3DWjxOlHCsHO4b8gjmbX5BSDbnQXlVTwJB',
    secret: 'WjxOlHCsHO4b8gjmbX5BSDbnQXlVTwJB',
  },
  {
    kind: 'url_userinfo',
    text: 'connection failed: https://svc-deploy:lqY7aAWYDilRDZqb@git.internal.example/repo.git',
    secret: 'lqY7aAWYDilRDZqb',
  },
  {
    kind: 'url_userinfo',
    text: 'connection failed: postgres://payroll_app:yN5muNwNroWEsg@db.internal:5432/payroll',
    secret: 'yN5muNwNroWEsg',
  },
  {
    kind: 'url_userinfo',
    text: 'connection failed: mongodb+srv://admin:j7qHo90Hzkba@cluster0.ab1cd.mongodb.net/test',
    secret: 'j7qHo90Hzkba',
  },
  {
    kind: 'url_userinfo',
    text: 'connection failed: redis://:cCQTLrKdsmvm8XrvjZDw@cache.internal:6379/0',
    secret: 'cCQTLrKdsmvm8XrvjZDw',
  },
  {
    kind: 'url_userinfo',
    text: 'connection failed: amqp://guest:5rEOLXy8cFZ9@mq.internal:5672/',
    secret: '5rEOLXy8cFZ9',
  },
  {
    kind: 'url_userinfo',
    text: 'connection failed: ftp://backup:I31JYTgYxlzf@files.example.org/nightly/',
    secret: 'I31JYTgYxlzf',
  },
  {
    kind: 'url_path',
    text: 'Failed to load https://hr.example.com/reset-password/PqiiFpYg64tPSQql1KQon8iJXSDM0Jv4',
    secret: 'PqiiFpYg64tPSQql1KQon8iJXSDM0Jv4',
  },
  {
    kind: 'url_path',
    text: 'POST https://api.example.com/v1/invite/XHOdtsnQL4KTTzrpZBzoUQ9N5UbaLOS5OAvP7dxa/accept 410',
    secret: 'XHOdtsnQL4KTTzrpZBzoUQ9N5UbaLOS5OAvP7dxa',
  },
  {
    kind: 'url_path',
    text: 'POST https://hooks.slack.com/services/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 404',
    secret: 'HTz9SvKRidQZhUsBZc3QaMhf',
  },
  {
    kind: 'url_path',
    text: 'POST https://discord.com/api/webhooks/925603531223604658/Bv3wRKv_vhqCdn18YIyH353kCoMHV2AvQ5SZ7kCMplShiA40AE8FJj0wsdfs-MfmHz7h 401',
    secret: 'Bv3wRKv_vhqCdn18YIyH353kCoMHV2AvQ5SZ7kCMplShiA40AE8FJj0wsdfs-MfmHz7h',
  },
  {
    kind: 'url_path',
    text: 'GET https://app.example.com/magic-link/YxeVClr8rOj9JTnrhTczVD9J3fHAx2qaWsBT',
    secret: 'YxeVClr8rOj9JTnrhTczVD9J3fHAx2qaWsBT',
  },
  {
    kind: 'json',
    text: 'POST /api/session body {"user":"ada@example.com","password":"correcthorse9!","remember":true}',
    secret: 'correcthorse9!',
  },
  {
    kind: 'json',
    text: 'POST /api/session body {"user":"ada@example.com","newPassword":"correcthorse9!","remember":true}',
    secret: 'correcthorse9!',
  },
  {
    kind: 'json',
    text: 'POST /api/session body {"user":"ada@example.com","currentPassword":"Tr0ub4dor&3","remember":true}',
    secret: 'Tr0ub4dor&3',
  },
  {
    kind: 'json',
    text: 'POST /api/session body {"user":"ada@example.com","client_secret":"YlMLrYCuI4TTs48czJkG","remember":true}',
    secret: 'YlMLrYCuI4TTs48czJkG',
  },
  {
    kind: 'json',
    text: 'POST /api/session body {"user":"ada@example.com","apiKey":"qVIr9kktfWLDxvcno8Hu","remember":true}',
    secret: 'qVIr9kktfWLDxvcno8Hu',
  },
  {
    kind: 'json',
    text: 'POST /api/session body {"user":"ada@example.com","access_token":"9lnskm7WQNjzm7PkysK5","remember":true}',
    secret: '9lnskm7WQNjzm7PkysK5',
  },
  {
    kind: 'json',
    text: 'POST /api/session body {"user":"ada@example.com","refresh_token":"tH7aOr2idTn80qkZc0w7","remember":true}',
    secret: 'tH7aOr2idTn80qkZc0w7',
  },
  {
    kind: 'json',
    text: 'POST /api/session body {"user":"ada@example.com","secret":"njn7chNaACUAHyAyOfdL","remember":true}',
    secret: 'njn7chNaACUAHyAyOfdL',
  },
  {
    kind: 'json',
    text: 'POST /api/session body {"user":"ada@example.com","db_password":"correcthorse9!","remember":true}',
    secret: 'correcthorse9!',
  },
  {
    kind: 'json',
    text: 'POST /api/session body {"user":"ada@example.com","password_confirmation":"Tr0ub4dor&3","remember":true}',
    secret: 'Tr0ub4dor&3',
  },
  {
    kind: 'json',
    text: 'POST /api/session body {"user":"ada@example.com","sessionToken":"cwZb2oh6Pqw7nfbQfpzd","remember":true}',
    secret: 'cwZb2oh6Pqw7nfbQfpzd',
  },
  {
    kind: 'json',
    text: 'POST /api/session body {"user":"ada@example.com","cvv":"872","remember":true}',
    secret: '872',
  },
  {
    kind: 'json',
    text: '{"credentials": {"username": "svc", "password": "Zx81!mkP"}}',
    secret: 'Zx81!mkP',
  },
  {
    kind: 'form',
    text: 'POST /login application/x-www-form-urlencoded username=ada&password=Sommer%232025&remember=1',
    secret: 'Sommer%232025',
  },
  {
    kind: 'form',
    text: 'grant_type=authorization_code&code=bELg9qAD0P97XOD07V15pmLrBtrTFN&redirect_uri=https%3A%2F%2Fapp.example%2Fcb',
    secret: 'bELg9qAD0P97XOD07V15pmLrBtrTFN',
  },
  {
    kind: 'form',
    text: 'grant_type=client_credentials&client_id=payroll&client_secret=rk4xRaVYZ7R0KjLrYWxaH6kNcLkcmlrY6vy1PnOG',
    secret: 'rk4xRaVYZ7R0KjLrYWxaH6kNcLkcmlrY6vy1PnOG',
  },
  {
    kind: 'header',
    text: 'Authorization: Bearer JdBJeup0KIpHuypxNLvvdAJwfpSOMEyVoSq9',
    secret: 'JdBJeup0KIpHuypxNLvvdAJwfpSOMEyVoSq9',
  },
  {
    kind: 'header',
    text: 'request headers: {"Authorization":"Bearer eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAidS0xMDAxIiwgIm5hbWUiOiAiQWRhIEV4YW1wbGUiLCAiaWF0IjogMTczMjU1MDQwMH0.ro40KQ-i6Nh4K0jxGdqH0Tz0IpZkWxcnWSlJUjjNPQ0","Accept":"application/json"}',
    secret:
      'eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAidS0xMDAxIiwgIm5hbWUiOiAiQWRhIEV4YW1wbGUiLCAiaWF0IjogMTczMjU1MDQwMH0.ro40KQ-i6Nh4K0jxGdqH0Tz0IpZkWxcnWSlJUjjNPQ0',
  },
  {
    kind: 'header',
    text: 'Authorization: Basic YWRhOldpbnRlcjIwMjUh',
    secret: 'YWRhOldpbnRlcjIwMjUh',
  },
  {
    kind: 'header',
    text: 'Authorization: token 3dc049e1c08ed12a364f9bfedd4a7edc321dcaae',
    secret: '3dc049e1c08ed12a364f9bfedd4a7edc321dcaae',
  },
  {
    kind: 'header',
    text: 'Proxy-Authorization: Basic cHJveHl1c2VyOlByMHh5IXBhc3M=',
    secret: 'cHJveHl1c2VyOlByMHh5IXBhc3M=',
  },
  {
    kind: 'header',
    text: 'X-Api-Key: F2YURsYYOGCYGGgxxmE7ZG6GgJ5AlH8P',
    secret: 'F2YURsYYOGCYGGgxxmE7ZG6GgJ5AlH8P',
  },
  {
    kind: 'header',
    text: 'x-auth-token: 8pK4uscQhrh8c0kmQRxhs6OBQ6xU',
    secret: '8pK4uscQhrh8c0kmQRxhs6OBQ6xU',
  },
  {
    kind: 'cookie',
    text: 'Cookie: theme=dark; sessionid=d78e7902824ff72ebc5b96a8b2ee1224; lang=en',
    secret: 'd78e7902824ff72ebc5b96a8b2ee1224',
  },
  {
    kind: 'cookie',
    text: 'Set-Cookie: JSESSIONID=4UWX9S6S0MUK2Q1JS0JXZBZD9LM2RX30; Path=/; Secure; HttpOnly',
    secret: '4UWX9S6S0MUK2Q1JS0JXZBZD9LM2RX30',
  },
  {
    kind: 'cookie',
    text: 'cookie: PHPSESSID=fva8fsi1q4u4kw8xlcllz0l1rt',
    secret: 'fva8fsi1q4u4kw8xlcllz0l1rt',
  },
  {
    kind: 'cookie',
    text: 'Cookie: connect.sid=s%3A1IPq52HRUbNebTkw48CuhzQSHMDgm7S4.2JuGWIiX20Rid6gEEZ5dg653nlvMdUVOnnS6owiQWJD; _ga=GA1.2.1234567.1732550400',
    secret: 's%3A1IPq52HRUbNebTkw48CuhzQSHMDgm7S4.2JuGWIiX20Rid6gEEZ5dg653nlvMdUVOnnS6owiQWJD',
  },
  {
    kind: 'cookie',
    text: 'Set-Cookie: __Host-auth=rH29xIXPwYT1m0QLf2YrKWumrfpv0SBZyhlLBWOe; Secure; Path=/; SameSite=Lax',
    secret: 'rH29xIXPwYT1m0QLf2YrKWumrfpv0SBZyhlLBWOe',
  },
  {
    kind: 'cookie',
    text: 'Cookie: laravel_session=DC2k3Ei29oJDrcWgvVm2A9YhlnStQ0DxwqkAESiVKPSPLTTMsLxR6JY97YiGqq9jpYUPIplYICCB7OcNLv5MUS47tCz57Xh092bZWNXfb3ddtIQ4gmFY1TIOD2NBfLyNVXtv56RRFfs7U5nTHiCW0t6XWH9g0N2CcAgr8nsg69TaxnK41CYMh7qv1axDcqDmN6V7hJec',
    secret:
      'DC2k3Ei29oJDrcWgvVm2A9YhlnStQ0DxwqkAESiVKPSPLTTMsLxR6JY97YiGqq9jpYUPIplYICCB7OcNLv5MUS47tCz57Xh092bZWNXfb3ddtIQ4gmFY1TIOD2NBfLyNVXtv56RRFfs7U5nTHiCW0t6XWH9g0N2CcAgr8nsg69TaxnK41CYMh7qv1axDcqDmN6V7hJec',
  },
  {
    kind: 'jwt',
    text: 'localStorage auth = eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiMTIzNDU2Nzg5MCIsICJyb2xlIjogImFkbWluIn0._Kh46D4edjX99BjeOIuD3dZ2Mow73MvDSro3V5w3nSS',
    secret:
      'eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiMTIzNDU2Nzg5MCIsICJyb2xlIjogImFkbWluIn0._Kh46D4edjX99BjeOIuD3dZ2Mow73MvDSro3V5w3nSS',
  },
  {
    kind: 'jwt',
    text: 'localStorage auth = eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJlbWFpbCI6ICJhZGFAZXhhbXBsZS5jb20iLCAiZXhwIjogMTczMjU1NDAwMH0.VEESOVEJjnn_PD460PV435gz0nnAQfXu8dmPDYYp5JE',
    secret:
      'eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJlbWFpbCI6ICJhZGFAZXhhbXBsZS5jb20iLCAiZXhwIjogMTczMjU1NDAwMH0.VEESOVEJjnn_PD460PV435gz0nnAQfXu8dmPDYYp5JE',
  },
  {
    kind: 'jwt',
    text: 'localStorage auth = eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJpc3MiOiAiaHR0cHM6Ly9sb2dpbi5leGFtcGxlLmNvbSIsICJhdWQiOiAicGF5cm9sbCJ9.0IzkPuuh2BNypoU4AFu9D6sF9jQefBC655Z5BQrEesD',
    secret:
      'eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJpc3MiOiAiaHR0cHM6Ly9sb2dpbi5leGFtcGxlLmNvbSIsICJhdWQiOiAicGF5cm9sbCJ9.0IzkPuuh2BNypoU4AFu9D6sF9jQefBC655Z5BQrEesD',
  },
  {
    kind: 'jwt',
    text: 'Uncaught Error: token expired (eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAieCJ9.QZ)',
    secret: 'eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAieCJ9.QZ',
  },
  {
    kind: 'aws',
    text: 'aws configure: aws_access_key_id = AKIA7JS7L980N145ZB80',
    secret: 'AKIA7JS7L980N145ZB80',
  },
  {
    kind: 'aws',
    text: 'aws configure: aws_access_key_id = ASIANFPZ1XPF19MVX0H6',
    secret: 'ASIANFPZ1XPF19MVX0H6',
  },
  {
    kind: 'aws',
    text: 'aws_secret_access_key = UV4XQSSPfWK3WO+WRIPPISi4u245QLRMrXEHFQ+6',
    secret: 'UV4XQSSPfWK3WO+WRIPPISi4u245QLRMrXEHFQ+6',
  },
  {
    kind: 'aws',
    text: 'AWS secret key: O+ksDJWJgmWZZI2ALmasP45d8apx1DrCPNBmZf5s',
    secret: 'O+ksDJWJgmWZZI2ALmasP45d8apx1DrCPNBmZf5s',
  },
  {
    kind: 'github',
    text: 'git push failed, token ghp_Pkk87u3SysDltVylyASawdmHtPIuLoXcictg revoked',
    secret: 'ghp_Pkk87u3SysDltVylyASawdmHtPIuLoXcictg',
  },
  {
    kind: 'github',
    text: 'git push failed, token gho_n9aPWOw7hIWcT7cXndwJ8m91jLqd1HEWD9Pl revoked',
    secret: 'gho_n9aPWOw7hIWcT7cXndwJ8m91jLqd1HEWD9Pl',
  },
  {
    kind: 'github',
    text: 'git push failed, token ghs_7hCRccTLUOBl7h1wuDPCoFxMvIjhP9G09gYm revoked',
    secret: 'ghs_7hCRccTLUOBl7h1wuDPCoFxMvIjhP9G09gYm',
  },
  {
    kind: 'github',
    text: 'git push failed, token ghu_mEarVonp0iUGYk8X0b0pVeDGyCWEeL28Bsbv revoked',
    secret: 'ghu_mEarVonp0iUGYk8X0b0pVeDGyCWEeL28Bsbv',
  },
  {
    kind: 'github',
    text: 'GITHUB_TOKEN=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',
    secret:
      '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',
  },
  {
    kind: 'gitlab',
    text: 'private token glpat-sS2tiXiTOZVR8LJ5fVmK',
    secret: 'glpat-sS2tiXiTOZVR8LJ5fVmK',
  },
  {
    kind: 'slack',
    text: 'slack client init with xoxb-276762219071-311127832535-gfA1y2NdAMSqKF8ClqZ5zkxY',
    secret: 'xoxb-276762219071-311127832535-gfA1y2NdAMSqKF8ClqZ5zkxY',
  },
  {
    kind: 'slack',
    text: 'SLACK_USER_TOKEN="xoxp-330405718829-753013665132-834213474092-1d7f451083e312db74cf49858b3fec86"',
    secret: 'xoxp-330405718829-753013665132-834213474092-1d7f451083e312db74cf49858b3fec86',
  },
  {
    kind: 'stripe',
    text: 'Stripe error for key sk_live_PJx7qQhcopRqRHgS4yaSmIVp',
    secret: 'sk_live_PJx7qQhcopRqRHgS4yaSmIVp',
  },
  {
    kind: 'stripe',
    text: 'Stripe error for key rk_live_RFYErj1hBmrEkA2TaTD78Yxk',
    secret: 'rk_live_RFYErj1hBmrEkA2TaTD78Yxk',
  },
  {
    kind: 'stripe',
    text: 'Stripe error for key sk_test_uOAhS0btvD7wUuHSQvf6yquK',
    secret: 'sk_test_uOAhS0btvD7wUuHSQvf6yquK',
  },
  {
    kind: 'stripe',
    text: 'webhook signing secret whsec_90wK1uQWjp85b7v9YmPCdyQLWRA4ACPU',
    secret: 'whsec_90wK1uQWjp85b7v9YmPCdyQLWRA4ACPU',
  },
  {
    kind: 'google',
    text: 'Google Maps JavaScript API error: InvalidKeyMapError AIzaUzROuic7NOAyrpyQ06fVpZ1YhhJcN_P-VLv',
    secret: 'AIzaUzROuic7NOAyrpyQ06fVpZ1YhhJcN_P-VLv',
  },
  {
    kind: 'google',
    text: 'gapi token ya29.0KL6xeqVcTapLeiFHTZ277BSoi-vTfjSSNvLTtF_pWxA2xX8_v_mM2lYcB_Y',
    secret: 'ya29.0KL6xeqVcTapLeiFHTZ277BSoi-vTfjSSNvLTtF_pWxA2xX8_v_mM2lYcB_Y',
  },
  {
    kind: 'google',
    text: 'oauth client secret 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',
    secret: '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',
  },
  {
    kind: 'openai',
    text: 'OpenAI request with sk-proj-JQHLodNDaZsLEhpgFtQJlrrRjy2-L6yrwNMnE-GSNxtY08Zp failed: 429',
    secret: 'sk-proj-JQHLodNDaZsLEhpgFtQJlrrRjy2-L6yrwNMnE-GSNxtY08Zp',
  },
  {
    kind: 'openai',
    text: 'OPENAI_API_KEY=sk-JjAVUI5dGswUxxBhKp5Khf1eT4Tiek0g2m0Zs92LjbZrxiHy',
    secret: 'sk-JjAVUI5dGswUxxBhKp5Khf1eT4Tiek0g2m0Zs92LjbZrxiHy',
  },
  {
    kind: 'anthropic',
    text: 'anthropic key sk-ant-api03-5NtqVPozMOfPImr7s41XiJR_1lu1xz_1B4li0ZZ4-rBQlORpSsU9DcykeBrhpvAz4-snXm_Ky8LC8HZCTEc0oVoli-fMMAA',
    secret:
      'sk-ant-api03-5NtqVPozMOfPImr7s41XiJR_1lu1xz_1B4li0ZZ4-rBQlORpSsU9DcykeBrhpvAz4-snXm_Ky8LC8HZCTEc0oVoli-fMMAA',
  },
  {
    kind: 'npm',
    text: '//registry.npmjs.org/:_authToken=npm_C24yKQ6EvyoDVKeDOawNu2k1IIP8ijysIZbf',
    secret: 'npm_C24yKQ6EvyoDVKeDOawNu2k1IIP8ijysIZbf',
  },
  {
    kind: 'pypi',
    text: 'twine upload -p pypi-AgEIcHlwaS5vcmc3ItUVWJmt3OaLL_H2DLIyvlisrtaFyVuq9g3yGbklIMHrsQdYmXwwFDoAv31',
    secret: 'pypi-AgEIcHlwaS5vcmc3ItUVWJmt3OaLL_H2DLIyvlisrtaFyVuq9g3yGbklIMHrsQdYmXwwFDoAv31',
  },
  {
    kind: 'huggingface',
    text: 'HF_TOKEN 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',
    secret: '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',
  },
  {
    kind: 'twilio',
    text: 'twilio api key SKa8e88a6eafea101f8a22d865e2d67050',
    secret: 'SKa8e88a6eafea101f8a22d865e2d67050',
  },
  {
    kind: 'sendgrid',
    text: 'sendgrid 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',
    secret: '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',
  },
  {
    kind: 'mailgun',
    text: 'mailgun api key-be3a131b52427160aaee3f1409434d04',
    secret: 'key-be3a131b52427160aaee3f1409434d04',
  },
  {
    kind: 'shopify',
    text: 'shopify admin token 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',
    secret: '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',
  },
  {
    kind: 'digitalocean',
    text: 'doctl auth init -t dop_v1_f671c9800418819ccb5c7c33f24968e9cd0ff22634d2060d78009f2b77f0062e',
    secret: 'dop_v1_f671c9800418819ccb5c7c33f24968e9cd0ff22634d2060d78009f2b77f0062e',
  },
  {
    kind: 'square',
    text: 'square access sq0atp-RJCEZRDq3oFBF58URGtyNo',
    secret: 'sq0atp-RJCEZRDq3oFBF58URGtyNo',
  },
  {
    kind: 'atlassian',
    text: 'jira api token ATATT3xFfGF0z-aJscDO21s=Zf2K59DF=EkxRD_SaULHdp0cFfeVbkIStbHRb3KEE0p1jqhfKcnr_sZlzAbJNYp=rwEpFdBHMTSg_W-W6DrY6OzA4Ace_cmE1KZQDRZHX2qgfKg0_nuu_kzWz=oY4PvTpVe7T0eQgZGsyAbn3JMXNS4z2RCitr5nl7vPxYA2',
    secret:
      'ATATT3xFfGF0z-aJscDO21s=Zf2K59DF=EkxRD_SaULHdp0cFfeVbkIStbHRb3KEE0p1jqhfKcnr_sZlzAbJNYp=rwEpFdBHMTSg_W-W6DrY6OzA4Ace_cmE1KZQDRZHX2qgfKg0_nuu_kzWz=oY4PvTpVe7T0eQgZGsyAbn3JMXNS4z2RCitr5nl7vPxYA2',
  },
  {
    kind: 'telegram',
    text: 'bot token 572596180:AADP9tdtk7AXD6daCVgeGDF_SYOJaTZt9nd',
    secret: '572596180:AADP9tdtk7AXD6daCVgeGDF_SYOJaTZt9nd',
  },
  {
    kind: 'tierdesk',
    text: 'agent token td_Asx4WtmB38FlLUv59BNzFWHFCx5WZ-Xl rejected',
    secret: 'td_Asx4WtmB38FlLUv59BNzFWHFCx5WZ-Xl',
  },
  {
    kind: 'tierdesk',
    text: 'reporter token rt_1aG55AIR2FoLuiIodRvVBuagHcTyT_U-',
    secret: 'rt_1aG55AIR2FoLuiIodRvVBuagHcTyT_U-',
  },
  {
    kind: 'azure',
    text: 'GET https://acct.blob.core.windows.net/c/file.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-01T00:00:00Z&sig=rb5IO7pXiy58meFt53DYTNRjAsYfK6C9ILYt4aHv0fc%3D',
    secret: 'rb5IO7pXiy58meFt53DYTNRjAsYfK6C9ILYt4aHv0fc%3D',
  },
  {
    kind: 'azure',
    text: 'DefaultEndpointsProtocol=https;AccountName=payrollstore;AccountKey=V8ukqQoODpCBky5H70c597CtTjGgDzRQtu8DnCrutwuEN8ub4drUDAWDMsqLDoNtDcknQwCYpdhkyzgbVfobjb==;EndpointSuffix=core.windows.net',
    secret:
      'V8ukqQoODpCBky5H70c597CtTjGgDzRQtu8DnCrutwuEN8ub4drUDAWDMsqLDoNtDcknQwCYpdhkyzgbVfobjb==',
  },
  {
    kind: 'private_key',
    text: '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAELvdBikaD5Smgm2chvSYZ0YaIPEi6saQ2QMxD5nYXyBduATexumYwKg3zxu04nhF\nEMyEdRAYtcptmPRzUl3Ju4nUnppo0WIUJk9yTzSKwekU62jpxafqpMrighqbT6QX\nE20JD7E35Z3JgyUtTMkxysp7ifSprGsw8FFYwhpL\n-----END RSA PRIVATE KEY-----',
    secret:
      'MIIEpAIBAAKCAQEAELvdBikaD5Smgm2chvSYZ0YaIPEi6saQ2QMxD5nYXyBduATexumYwKg3zxu04nhF\nEMyEdRAYtcptmPRzUl3Ju4nUnppo0WIUJk9yTzSKwekU62jpxafqpMrighqbT6QX\nE20JD7E35Z3JgyUtTMkxysp7ifSprGsw8FFYwhpL',
  },
  {
    kind: 'private_key',
    text: 'key file:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAAOsuXypx3XS4JQhPnlLn7LhM7GLNW4KQbZme1WWArLol3SNWLxYlDkwuX6KliuasDfrRdr5\nlOpRJThZejLhk1Sds9DwMYYywQSMCnZI5jOoH5v5IljiGs7GdbPyCr6wQXo5Dujt0kS4lJ\n-----END OPENSSH PRIVATE KEY-----\n',
    secret:
      'b3BlbnNzaC1rZXktdjEAAAAAOsuXypx3XS4JQhPnlLn7LhM7GLNW4KQbZme1WWArLol3SNWLxYlDkwuX6KliuasDfrRdr5\nlOpRJThZejLhk1Sds9DwMYYywQSMCnZI5jOoH5v5IljiGs7GdbPyCr6wQXo5Dujt0kS4lJ',
  },
  {
    kind: 'private_key',
    text: '{"type":"service_account","private_key":"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCEl9fNWQQGF3KVCFJWNxa82klnUkS5x6c4GwEMD9xouzXKdgMLwnqQP1QcAIstCC6\\n-----END PRIVATE KEY-----\\n"}',
    secret: 'El9fNWQQGF3KVCFJWNxa82klnUkS5x6c4GwEMD9xouzXKdgMLwnqQP1QcAIstCC6',
  },
  { kind: 'config', text: 'DB_PASSWORD=Xk2!pL9qR', secret: 'Xk2!pL9qR' },
  {
    kind: 'config',
    text: 'export API_KEY=KA1wo0zpiqe8CWxAbBZ959DysVzCyHqw',
    secret: 'KA1wo0zpiqe8CWxAbBZ959DysVzCyHqw',
  },
  { kind: 'config', text: "password = 'n0t-s0-s3cret'", secret: 'n0t-s0-s3cret' },
  {
    kind: 'config',
    text: "'secret' => 'cMKC08LZhBtx3xKl8TxjGS2j',",
    secret: 'cMKC08LZhBtx3xKl8TxjGS2j',
  },
  {
    kind: 'config',
    text: 'smtp:\n  host: mail.example.com\n  password: M4il!Relay#7',
    secret: 'M4il!Relay#7',
  },
  {
    kind: 'config',
    text: '<Credentials><Username>svc</Username><Password>Tr0ub4dor&amp;3</Password></Credentials>',
    secret: 'Tr0ub4dor&amp;3',
  },
  {
    kind: 'config',
    text: 'Server=sql01;Database=Payroll;User Id=app;Password=Sql$erver2025;',
    secret: 'Sql$erver2025',
  },
  {
    kind: 'prose',
    text: 'Hi, I cannot log in. My password is Sommer2024! and it worked yesterday.',
    secret: 'Sommer2024',
  },
  { kind: 'prose', text: 'Password: hunter2', secret: 'hunter2' },
  {
    kind: 'prose',
    text: 'Mein Passwort ist Winter#2025, bitte zurücksetzen.',
    secret: 'Winter#2025',
  },
  {
    kind: 'card',
    text: 'Payment failed for card 4901 0994 9860 9944 (declined)',
    secret: '4901 0994 9860 9944',
  },
  {
    kind: 'card',
    text: 'Payment failed for card 4704924675487443 (declined)',
    secret: '4704924675487443',
  },
  {
    kind: 'card',
    text: 'Payment failed for card 5138 9730 9400 1288 (declined)',
    secret: '5138 9730 9400 1288',
  },
  {
    kind: 'card',
    text: 'Payment failed for card 2221-0792-7716-8459 (declined)',
    secret: '2221-0792-7716-8459',
  },
  {
    kind: 'card',
    text: 'Payment failed for card 3484 204408 67662 (declined)',
    secret: '3484 204408 67662',
  },
  {
    kind: 'card',
    text: 'Payment failed for card 375395376470978 (declined)',
    secret: '375395376470978',
  },
  {
    kind: 'card',
    text: 'Payment failed for card 6011 7815 2550 8999 (declined)',
    secret: '6011 7815 2550 8999',
  },
  {
    kind: 'card',
    text: 'Payment failed for card 3528389637039789 (declined)',
    secret: '3528389637039789',
  },
  {
    kind: 'card',
    text: 'Payment failed for card 36678094333623 (declined)',
    secret: '36678094333623',
  },
  {
    kind: 'card',
    text: 'Payment failed for card 4093265249251 (declined)',
    secret: '4093265249251',
  },
  {
    kind: 'card',
    text: 'Payment failed for card 6214 7384 4340 8186 (declined)',
    secret: '6214 7384 4340 8186',
  },
  {
    kind: 'card',
    text: 'Payment failed for card 4511299698497728181 (declined)',
    secret: '4511299698497728181',
  },
  {
    kind: 'iban',
    text: 'Refund to IBAN DE89 3704 0044 0532 0130 00 please',
    secret: 'DE89 3704 0044 0532 0130 00',
  },
  {
    kind: 'iban',
    text: 'Refund to IBAN GB29NWBK60161331926819 please',
    secret: 'GB29NWBK60161331926819',
  },
  {
    kind: 'iban',
    text: 'Refund to IBAN FR14 2004 1010 0505 0001 3M02 606 please',
    secret: 'FR14 2004 1010 0505 0001 3M02 606',
  },
  { kind: 'iban', text: 'Refund to IBAN NL91ABNA0417164300 please', secret: 'NL91ABNA0417164300' },
  {
    kind: 'iban',
    text: 'Refund to IBAN CH93 0076 2011 6238 5295 7 please',
    secret: 'CH93 0076 2011 6238 5295 7',
  },
  {
    kind: 'iban',
    text: 'Refund to IBAN ES91 2100 0418 4502 0005 1332 please',
    secret: 'ES91 2100 0418 4502 0005 1332',
  },
  {
    kind: 'iban',
    text: 'Refund to IBAN IT60X0542811101000000123456 please',
    secret: 'IT60X0542811101000000123456',
  },
  {
    kind: 'iban',
    text: 'Refund to IBAN AT611904300234573201 please',
    secret: 'AT611904300234573201',
  },
  {
    kind: 'cli',
    text: 'curl -u ada:Winter2025! https://api.example.com/v1/me',
    secret: 'Winter2025!',
  },
  {
    kind: 'cli',
    text: 'curl -H "Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0" https://api.example.com',
    secret: '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
  },
  { kind: 'cli', text: 'mysql -u root --password Secr3t!Pass payroll', secret: 'Secr3t!Pass' },
  {
    kind: 'json',
    text: 'localStorage: {"user":{"id":42},"auth":{"accessToken":"Zk9Qm2Lx8Rt4Vw6Yb1Nc3Pd5","expiresAt":1732554000}}',
    secret: 'Zk9Qm2Lx8Rt4Vw6Yb1Nc3Pd5',
  },
  {
    kind: 'json',
    text: 'GraphQL variables {"input":{"email":"ada@example.com","password":"Gr4phQL!pw"}}',
    secret: 'Gr4phQL!pw',
  },
  {
    kind: 'config',
    text: 'env: NODE_ENV=production\nSTRIPE_SECRET=whsec_Rk8sLp2Qx7Vn4Tz9Mb3Wc6Yd1Fg5\nPORT=3000',
    secret: 'whsec_Rk8sLp2Qx7Vn4Tz9Mb3Wc6Yd1Fg5',
  },
  {
    kind: 'cookie',
    text: 'Set-Cookie: session=eyJ1c2VyIjo0Mn0.ZxYwVu.abcDEF123ghiJKL; HttpOnly',
    secret: 'eyJ1c2VyIjo0Mn0.ZxYwVu.abcDEF123ghiJKL',
  },
  {
    kind: 'url_param',
    text: 'WebSocket connection to wss://live.example.com/socket?token=a1b2c3d4e5f6g7h8i9j0 failed',
    secret: 'a1b2c3d4e5f6g7h8i9j0',
  },
  {
    kind: 'url_encoded',
    text: 'XHR failed: POST /graphql?query=x&variables=%7B%22password%22%3A%22Enc0ded!%22%7D',
    secret: 'Enc0ded',
  },
  {
    kind: 'url_encoded',
    text: 'Refused to connect to https://evil.example/?c=sessionid%3Dabc123def456ghi789',
    secret: 'abc123def456ghi789',
  },
  {
    kind: 'json',
    text: '"client_secret": "8Q~xYz.ABCdef-123_ghiJKLmnoPQRstuVWX"',
    secret: '8Q~xYz.ABCdef-123_ghiJKLmnoPQRstuVWX',
  },
];
