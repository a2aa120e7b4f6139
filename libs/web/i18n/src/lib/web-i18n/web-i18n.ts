import { Component } from '@angular/core';

@Component({
  selector: 'tp-web-i18n',
  imports: [],
  templateUrl: './web-i18n.html',
  styleUrl: './web-i18n.css'
})
export class WebI18n {}
